# slice objects: attributes, indices, repr, equality, hash, errors.
def show(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)

s = slice(1, 10, 2)
print(s, repr(slice(3)), slice(None), slice(1, None), slice('a', [1], None))
print(s.start, s.stop, s.step, slice(4).start, slice(4).stop)
print(s.indices(5), s.indices(100), slice(None, None, -1).indices(10), slice(-3, None).indices(10))
print(slice(-100, 100, 3).indices(7), slice(10, -10, -2).indices(6), slice(None).indices(0))
show(lambda: s.indices(-1))
show(lambda: slice(None, None, 0).indices(5))
show(lambda: s.indices('a'))
show(lambda: slice())
show(lambda: slice(1, 2, 3, 4))
show(lambda: slice(1, step=2))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2) < slice(1, 3), slice(1) == 1)
show(lambda: slice(1) < 1)
print(hash(slice(1, 2)) == hash(slice(1, 2)))
show(lambda: hash(slice([], 2)))
print("abcdef"[slice(1, None, 2)], [1, 2, 3][slice(None, None, -1)])
print(slice(2**100, -2**100, -1).indices(5))
