# __reduce__ and __setstate__ of the built-in iterators, as pickle and copy use them


def fmt(p):
    if isinstance(p, tuple):
        return "(" + "".join(fmt(x) + ", " for x in p) + ")"
    r = repr(p)
    if " at 0x" in r:
        return "<" + type(p).__name__ + ">"
    return r


def show(label, it):
    try:
        r = it.__reduce__()
    except Exception as e:
        print(label, "error", type(e).__name__, e)
        return
    print(label, len(r), fmt(r))


it = iter([1, 2, 3])
show("list", it)
next(it)
show("list after next", it)
list(it)
show("list exhausted", it)
r = iter([10, 20, 30]).__reduce__()
print(r[0] is iter, r[1], r[2])

t = iter((4, 5, 6))
next(t)
show("tuple", t)
list(t)
show("tuple exhausted", t)

s = iter("héllo")
next(s)
next(s)
show("str", s)
list(s)
show("str exhausted", s)

b = iter(b"abc")
next(b)
show("bytes", b)
list(b)
show("bytes exhausted", b)

ba = iter(bytearray(b"xyz"))
next(ba)
show("bytearray", ba)
list(ba)
show("bytearray exhausted", ba)

rg = iter(range(5, 20, 3))
next(rg)
show("range", rg)
list(rg)
show("range exhausted", rg)
show("range big", iter(range(2 ** 70, 2 ** 70 + 9, 2)))

rl = reversed([1, 2, 3])
next(rl)
show("reversed list", rl)
list(rl)
show("reversed list exhausted", rl)
rt = reversed((1, 2, 3))
show("reversed tuple", rt)
show("reversed range", reversed(range(4)))
show("reversed str", reversed("abc"))

d = {"a": 1, "b": 2, "c": 3}
dk = iter(d)
next(dk)
show("dict keys", dk)
show("dict values", iter(d.values()))
show("dict items", iter(d.items()))
show("dict reversed", reversed(d))
ex = iter({})
show("dict empty", ex)

st = iter({7})
show("set", st)
list(st)
show("set exhausted", st)

e = enumerate(["x", "y"], 5)
next(e)
show("enumerate", e)
show("enumerate default", enumerate("ab"))

show("zip", zip([1, 2], "ab"))
show("zip strict", zip([1, 2], "ab", strict=True))
show("zip empty", zip())
print(zip([1], strict=True).__reduce__()[2:])
print(zip([1]).__reduce__()[2:])

show("map", map(abs, [-1, -2]))
m = map(pow, [1, 2], [3, 4])
print(m.__reduce__()[0] is map, m.__reduce__()[1][0] is pow, len(m.__reduce__()[1]))
show("filter", filter(None, [0, 1]))
f = filter(bool, [0, 1])
print(f.__reduce__()[1][0] is bool)

calls = iter(lambda: 1, 0)
r = calls.__reduce__()
print(r[0] is iter, len(r[1]), r[1][1])
seq = iter(type("Seq", (), {"__getitem__": lambda self, i: i})())
r = seq.__reduce__()
print(r[0] is iter, r[2], type(r[1][0]).__name__)

# __setstate__ moves the position, clamped as CPython clamps it
it = iter([1, 2, 3, 4])
it.__setstate__(2)
print(list(it))
it = iter([1, 2, 3, 4])
it.__setstate__(-5)
print(list(it))
it = iter([1, 2, 3])
it.__setstate__(10)
print(list(it))
rg = iter(range(10))
rg.__setstate__(7)
print(list(rg))
s = iter("abcdef")
s.__setstate__(4)
print(list(s))
rv = reversed([1, 2, 3, 4])
rv.__setstate__(1)
print(list(rv))
for bad in ("x", 1.5, None):
    try:
        iter([1]).__setstate__(bad)
    except TypeError as e:
        print("setstate", type(e).__name__, e)

# rebuilding an iterator from its reduction
it = iter([5, 6, 7, 8])
next(it)
fn, args, *state = it.__reduce__()
again = fn(*args)
if state:
    again.__setstate__(state[0])
print(list(again), list(it))
