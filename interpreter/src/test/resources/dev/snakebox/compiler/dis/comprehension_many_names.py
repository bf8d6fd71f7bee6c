# more than 30 names saved by an inlined comprehension (SWAP 36), in a module and a function
r = [v0 for v0 in s for v1 in s for v2 in s for v3 in s for v4 in s for v5 in s for v6 in s for v7 in s for v8 in s for v9 in s for v10 in s for v11 in s for v12 in s for v13 in s for v14 in s for v15 in s for v16 in s for v17 in s for v18 in s for v19 in s for v20 in s for v21 in s for v22 in s for v23 in s for v24 in s for v25 in s for v26 in s for v27 in s for v28 in s for v29 in s for v30 in s for v31 in s for v32 in s for v33 in s for v34 in s]


def f(s):
    return {v34: v0 for v0 in s for v1 in s for v2 in s for v3 in s for v4 in s for v5 in s for v6 in s for v7 in s for v8 in s for v9 in s for v10 in s for v11 in s for v12 in s for v13 in s for v14 in s for v15 in s for v16 in s for v17 in s for v18 in s for v19 in s for v20 in s for v21 in s for v22 in s for v23 in s for v24 in s for v25 in s for v26 in s for v27 in s for v28 in s for v29 in s for v30 in s for v31 in s for v32 in s for v33 in s for v34 in s}
