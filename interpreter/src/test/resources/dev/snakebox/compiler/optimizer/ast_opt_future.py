from __future__ import annotations
x: 1 + 1 = 2 + 2
def f(a: 1 + 1 = 2 + 2, *b: 3 + 3, c: 4 + 4, **d: 5 + 5) -> 6 + 6:
    y: 7 + 7 = 8 + 8
lambda a=1 + 1: a
class C:
    z: 1 + 1
