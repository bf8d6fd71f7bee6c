def t(f):
    try:
        print(f())
    except BaseException as e:
        print(type(e).__name__, e)
def f(*a, **k): return a, k
def g(a, b=2): return a, b
class M:
    def keys(self): return ['a', 'b']
    def __getitem__(self, k): return k.upper()
print(f(**M()), g(**M()))
t(lambda: f(**{'a': 1}, a=2))
t(lambda: f(a=2, **{'a': 1}))
t(lambda: g(1, **{'a': 1}))
t(lambda: g(*[1], a=1))
t(lambda: f(*1))
t(lambda: g(*None))
t(lambda: f(**None))
t(lambda: f(**[1]))
t(lambda: len(*[1, 2]))
t(lambda: len(**{'obj': 1}))
t(lambda: print(**{'sep': 1}))
t(lambda: print(end=5))
t(lambda: int(**{'x': 1}))
t(lambda: dict(**{'a': 1}, **{'a': 2}))
t(lambda: max())
t(lambda: getattr())
t(lambda: sorted([1], key=1))
class KeysBad:
    def keys(self): return 5
    def __getitem__(self, k): return 1
t(lambda: f(**KeysBad()))
class KeysRaise:
    def keys(self): raise KeyError('from keys')
t(lambda: f(**KeysRaise()))
def gen_args():
    yield 1
    raise ValueError('in args')
t(lambda: f(*gen_args()))
print(f(*'ab', *range(2), **{'x': 1}, y=2))
print(f(*[], **{}))
class IterOnly:
    def __iter__(self): return iter([7, 8])
print(f(*IterOnly()))
t(lambda: f(*IterOnly, **M))
x, *y = IterOnly()
print(x, y)
[a, [b, *c]] = [1, IterOnly()]
print(a, b, c)
for i, *rest in [(1, 2, 3), (4,)]:
    print(i, rest)
t(lambda: [a for a, b in [(1, 2, 3)]])
t(lambda: {k: v for k, v in ['abc']})
t(lambda: dict([(1, 2, 3)]))
t(lambda: dict([1]))
print(dict([(1, 2), 'ab']))
