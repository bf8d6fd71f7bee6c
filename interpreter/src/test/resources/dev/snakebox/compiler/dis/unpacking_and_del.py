a, b = c
a, b = b, a
a, b, c = c, b, a
a, b, c, d = d, c, b, a
[a, b] = c
a, *b = c
*a, b = c
a, *b, c = d
(a, b), c = d
a, [b, *c] = d
a = b, c = d
x.y, z[0] = 1, 2
x.y, z[1:2] = t
a = b = c.d = e[f] = g
a, = b
[] = c
() = c
(a) = b
[a, [b, [c]]] = x
del a
del a, b
del (a, b), [c]
del a.b, a[0], a[1:2], a[::3]
del (a)
a[b] = c = d
(a, *b), c = x
a, (b, *c), *d = x
x.y.z = 1
x[1][2] = 3
x[a:b][c] = 1
x[a:b:c] = 1
[a.b, c[d], *e.f] = g
a = b = c, d = e
a, b = 1, 2
a, b, c = 1, 2, 3
a, b = c
a, b, c, d = 1, 2, 3, 4
i, j = j, i
x = (1, 2, 3)
x, y = f()
(
    a,
    b,
) = c
a.b, c.d = c.d, a.b
a[i], a[j] = a[j], a[i]
