x: int
y: int = 5
(z): int = 6
(w): str
a.b: int
a.b: int = 1
a[0]: int
a[1:2]: int
a[1:2:3, 4]: int
a[i]: int = 2
q: list[int] = []
if c:
    r: int
