"""doc"""
from __future__ import annotations
x: int
y: list[int] = []
z: a.b[c, d] | None = None
u: 1 + 2 * 3
v: (1 + 2) * 3
w: -x ** 2
t: (-x) ** 2
s: x if y else z
r: lambda a, b=1, *c, d, e=2, **f: 0
q: lambda: 0
p: lambda *a: 0
o: lambda a, /, b: 0
n: [x for x in y if z]
m: {k: v for k, v in d.items()}
l: {x async for x in y}
k: (x for x in y)
j: f(x for x in y)
i: f(a, *b, c=1, **d)
h: f"a{b!r:>{c}}d{{e}}"
g: 1e400
ff: 1e400j
ee: (1, 2)
dd: ()
cc: (1,)
bb: x[1:2, ::3]
aa: not a and b or c
ab: a < b <= c is not d not in e
ac: 1 .real
ad: ...
ae: u"x"
af: b"y"
ag: {1, 2}
ah: {**a, 'b': 1}
am: a @ b // c % d << e >> f & g ^ h
an: 'it''s'
ao: "\n\t\x00\u20ac"
a.b: int
c[d]: int
