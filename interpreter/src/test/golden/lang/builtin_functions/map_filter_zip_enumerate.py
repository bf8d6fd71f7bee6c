# enumerate (start), zip (strict), map (several iterables), filter (None), reversed.
def show(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)

print(list(enumerate('abc')), list(enumerate('abc', 5)), list(enumerate('ab', start=-1)), list(enumerate([], 2**100)))
print(list(enumerate('ab', 2**63 - 1)))
show(lambda: enumerate(1))
show(lambda: enumerate('a', 'b'))
show(lambda: enumerate())
show(lambda: enumerate('a', start=1, x=2))
e = enumerate('xyz'); print(next(e), e.__class__.__name__, list(e))
print(list(zip()), list(zip('ab')), list(zip('abc', range(2))), list(zip('ab', [1, 2], (3, 4))))
print(list(zip('ab', 'cd', strict=True)))
show(lambda: list(zip('ab', 'c', strict=True)))
show(lambda: list(zip('a', 'cd', strict=True)))
show(lambda: list(zip('ab', 'ab', 'c', strict=True)))
show(lambda: list(zip('ab', 'ab', 'abc', strict=True)))
show(lambda: zip(1))
show(lambda: zip('a', 2))
show(lambda: zip('a', foo=1))
print(list(zip('ab', 'c', strict=False)), type(zip()).__name__)
print(list(map(abs, [-1, 2, -3])), list(map(pow, [2, 3], [3, 2])), list(map(lambda a, b, c: a + b + c, 'ab', 'cd', 'efg')))
show(lambda: map(abs))
show(lambda: map())
show(lambda: list(map(1, [1])))
show(lambda: map(abs, 1))
show(lambda: map(abs, [1], x=1))
print(list(filter(None, [0, 1, '', 'a', [], [0], None])), list(filter(lambda x: x % 2, range(10))), list(filter(bool, ())))
show(lambda: filter(None))
show(lambda: list(filter(1, [1])))
show(lambda: filter(None, 1))
print(list(reversed([1, 2, 3])), list(reversed('abc')), list(reversed(range(3))), list(reversed((1, 2))), list(reversed({1: 2, 3: 4})))
show(lambda: reversed(1))
show(lambda: reversed({1, 2}))
show(lambda: reversed(x for x in 'a'))
class Rev:
    def __len__(self): return 3
    def __getitem__(self, i): return i * 2
print(list(reversed(Rev())), type(reversed(Rev())).__name__, type(reversed([])).__name__, type(reversed('')).__name__)
class NoRev:
    __reversed__ = None
    def __len__(self): return 3
    def __getitem__(self, i): return i
show(lambda: reversed(NoRev()))
r = reversed([1, 2, 3]); print(r.__length_hint__(), next(r), r.__length_hint__())
print(type(map(abs, [])).__name__, type(filter(None, [])).__name__, type(enumerate([])).__name__)
m = map(str, [1, 2]); print(iter(m) is m, next(m), list(m), list(m))
z = zip([1, 2], [3]); print(next(z), next(z, 'done'))
