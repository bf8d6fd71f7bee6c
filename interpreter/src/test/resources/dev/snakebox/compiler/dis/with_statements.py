with a:
    f()
with a as b, c:
    d(b)
with (
  e as g,
  h
):
    g(h)
with a:
    with b as c:
        with d:
            pass
for i in x:
    with (
      a as b,
      c
    ):
        if b:
            break
        continue
try:
    with a as b:
        raise E
except E:
    with c:
        pass
with a: x = 1
