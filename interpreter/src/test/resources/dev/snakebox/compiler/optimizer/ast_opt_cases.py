"a" + "b"
x = (1, 2) + (3,)
x = (1,) * 3
x = 3 * (1, 2)
x = (1,) * 257
x = ((1, 2),) * 200
x = ((1, 2, 3, 4, 5),) * 200
x = () * 10
x = (1,) * -1
x = b"ab" + b"cd"
x = b"ab" * 3
x = b"%d" % 3
x = "abc"[1]
x = "abc"[-1]
x = "abc"[3]
x = (1, 2, 3)[True]
x = b"xyz"[0]
x = "abc"[1:2]
x = [1, 2][0]
x = a[1 + 1]
x = a in [1, 2]
x = a not in [1, b]
x = a in [*b]
x = a in {1, 2, 3}
x = a in {1, b}
x = a < b in [1]
x = a in [1] < b
x = [1, 2] in a
x = 1 + 2j
x = (1 + 2j) * (3 - 4j)
x = (1 + 2j) / (3 - 4j)
x = (1 + 2j) ** 3
x = (1 + 2j) ** -2
x = -(1 + 2j)
x = 1j / 0
x = 1e300j * 1e300j
x = (1 + 0j) // 2
x = (x := 1 + 1)
x = f(1 + 1, k=2 * 3, *[1 + 1], **{1: 2 - 1})
x = {1 + 1: 2 + 2, **{}}
x = {1 + 1, 2}
x = [i for i in [1, 2] if i in [3, 4]]
x = {i for i in {1, 2}}
x = {i: j for i, j in [(1, 2)]}
x = (i for i in [a, b])
x = lambda a=1 + 1, *, b=2 * 2: a + 1 + 1
x = a[1 + 1:2 * 3:-1]
x = f"{1 + 1}{x!r:{2 * 3}}"
x = a.b + (1 + 1)
x = -(-1)
x = not (a in b)
x = (yield 1 + 1) if 0 else 0
for i in [1, 2]:
    y = 1 + 1
else:
    y = 2 + 2
for i in [a, b]:
    pass
for i in {1, 2}:
    pass
for i in [*a]:
    pass
while 1 + 1:
    del a[1 + 1]
if 1 + 1:
    pass
elif 2 * 2:
    pass
else:
    pass
with f(1 + 1) as a[2 - 1]:
    pass
try:
    x = 1 + 1
except E if 1 + 1 else F as e:
    pass
else:
    pass
finally:
    pass
def f(a: 1 + 1 = 2 * 2, /, b: [1] = -1, *c: 2 + 2, d: 3 + 3 = 4 + 4, **e: 5 + 5) -> 6 + 6:
    "a" + "b"
    return 1 + 1
async def g():
    await (1 + 1)
    async for i in [1, 2]:
        pass
    async with a as b:
        pass
    return [i async for i in [1, 2]]
@d(1 + 1)
class C(B, metaclass=M, k=1 + 1):
    "doc"
    x: 1 + 1 = 2 + 2
    def m[T: 1 + 1, *U, **V](self): pass
type A[T = 1 + 1] = list[1 + 1]
match x:
    case -1:
        pass
    case 1 + 2j:
        pass
    case [1, *rest] if 1 + 1:
        pass
    case {-1: y, **r}:
        pass
    case C(-1, a=-2) | None:
        pass
    case (-1 as z):
        pass
assert 1 + 1, "a" + "b"
raise E(1 + 1) from F(2 * 2)
x: list[1 + 1] = [1 + 1]
a.b += 1 + 1
import a
from . import b
global g
nonlocal n
x = __debug__
x = (1, -2, (3, 4 + 5))
x = (a, 1)
[a, b] = 1, 2
(a, b) = c
