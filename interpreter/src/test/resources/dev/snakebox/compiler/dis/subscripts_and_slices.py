x = a[1]
a[1] = x
del a[1]
x = a[1:2]
a[1:2] = x
del a[1:2]
x = a[::2]
a[::2] = x
del a[1:2:3]
x = a[1:]
x = a[:2]
x = a[:]
a[i] += 1
a[i:j] += 1
a[::k] += 1
a[i][j] *= 2
x = a[1:2, 3]
x = a[1:2, ::3]
x = a[...]
x = a[:, None]
x = a[1, 2]
x = a[b, c]
x = "abc"[1]
x = "abc"[-1]
x = (1, 2, 3)[1]
x = b"xyz"[0]
x = "abc"[10]
x = "ab\U0001f600c"[2]
x = a[
    1
]
x = a[1:
      2]
a[f()] += g()
a.b[c] -= 1
a[b].c *= 2
x = a[b][c][d]
x = a[-1]
x = a[b, c:d, ...]
x = a[()]
x = a[(1, 2)]
x = a[b:=1]
x = "abc"[1:2]
x = (1, 2)[0:1]
x = a[1:2][3:4]
del a[1], b[2:3], c.d
x = a[::]
x = a[:b:]
x = a[lambda_:1]
