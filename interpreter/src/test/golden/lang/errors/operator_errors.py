# The messages of failing operators on built-in types.
cases = [
    lambda: 1 + "a",
    lambda: "a" + 1,
    lambda: [1] + (1,),
    lambda: 1 < "a",
    lambda: [] < {},
    lambda: -"a",
    lambda: ~1.5,
    lambda: None + None,
    lambda: {} * 2,
    lambda: [1] * 1.5,
    lambda: 1 @ 2,
    lambda: 2 ** "x",
    lambda: 5 // 0,
    lambda: 5 % 0,
    lambda: 5.0 / 0,
    lambda: 1 << -1,
    lambda: "abc"[1.5],
    lambda: (1, 2)["0"],
    lambda: {}[[]],
    lambda: None[0],
    lambda: 5(),
    lambda: len(5),
    lambda: iter(5),
    lambda: abs("x"),
    lambda: hash({}),
    lambda: None.attr,
    lambda: int.nope,
]
for c in cases:
    try:
        c()
    except Exception as e:
        print(type(e).__name__ + ":", e)
