a.b = c.d
del a.b, a.c
x = a.b.c.d
a.b.c = 1
(a
 .b
 .c)
a.b.c(1,
  2)
(a.
  meth)(3)
obj.attr += 1
obj.x.y -= f()
"s".upper()
1 .real
a.b(c.d(e.f()))
