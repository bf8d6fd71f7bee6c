from __future__ import annotations
a1: (a + b) * c
a2: a - (b - c)
a3: a - b - c
a4: a ** b ** c
a5: (a ** b) ** c
a6: -a ** b
a7: (-a) ** b
a8: a | b & c
a9: (a | b) & c
b1: not a == b
b2: (not a) == b
b3: a if b else (c if d else e)
b4: (a if b else c) if d else e
b5: (lambda: 1)()
b6: f(lambda x: x)
b7: a[b:c, d]
b8: a[(b, c)]
b9: (a, b)[0]
c1: await_ if x else y
c2: [*a, *b]
c3: {**a}
c4: x.y.z(w)[0].v
c5: 1.5 .real
c6: (1).real
c7: True.real
c8: -1 .real
c9: a << b >> c
d1: ~a + b
d2: +a * -b
d3: a @ b
d4: "a" "b"
d5: 'single \'quote\' "double"'
d6: f"{a}" f"{b!s:{c}.{d}}"
d7: f"{ {1: 2}[1] }"
d9: f"{x=}"
e1: f"{'a'}{{}}"
e2: 1_000_000
e3: 0x10
e4: 1e10
e5: 1.0e-5
e6: 10j
e7: -1e400
e8: (1e400, 2)
e9: b"\x00\xff"
f1: a and (b or c)
f2: (a and b) or c
f3: a and b and c
f4: not not a
f5: a is not b
f6: (a, *b)
f7: [a, [b, [c]]]
