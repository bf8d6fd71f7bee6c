raise
raise E
raise E(1)
raise E from None
raise E("x") from cause
try:
    f()
except:
    raise
assert x
assert x, "message"
assert x > 0 and y < 3, f(x)
assert not x
assert x or y
assert (
    x ==
    y), (
    "long")
assert 1
assert 0, "never"
assert x is None
