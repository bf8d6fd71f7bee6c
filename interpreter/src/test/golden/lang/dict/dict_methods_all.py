# Every dict method and its error cases.
def show(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)

d = {'a': 1, 'b': 2}
print(d.get('a'), d.get('z'), d.get('z', 0))
show(lambda: d.get())
show(lambda: d.get(1, 2, 3))
show(lambda: d.get([]))
print(d.setdefault('c', 3), d.setdefault('a', 9), d.setdefault('n'), d)
print(d.pop('n'), d.pop('zz', 'dflt'), d)
show(lambda: d.pop('zz'))
show(lambda: d.pop())
print(d.popitem(), d)
show(lambda: {}.popitem())
d.update({'x': 1}, y=2); print(d)
d.update([('p', 1), ['q', 2]]); print(d)
d.update(z=0); print(d)
show(lambda: d.update([1]))
show(lambda: d.update([(1, 2, 3)]))
show(lambda: d.update(1))
show(lambda: d.update({}, {}))
class M:
    def keys(self): return ['k1', 'k2']
    def __getitem__(self, k): return k.upper()
d.update(M()); print(d)
print(dict(M()), dict([(1, 2)], a=3), dict(a=1), dict({1: 2}))
show(lambda: dict([1, 2]))
show(lambda: dict(['ab', 'cde']))
show(lambda: dict(1, 2))
print(dict.fromkeys('abc'), dict.fromkeys([1, 2], 0), dict.fromkeys(range(0)))
show(lambda: dict.fromkeys())
show(lambda: dict.fromkeys(1))
e = d.copy(); e.clear(); print(e, len(d))
print(list(d.keys())[:3], list(d.values())[:3], list(d.items())[:3])
show(lambda: d['missing'])
show(lambda: d[[]])
show(lambda: {}[(1, [2])])
def delmissing():
    del d['missing']
show(delmissing)
class DD(dict):
    def __missing__(self, k):
        return k * 2
dd = DD(a=1); print(dd['a'], dd['xy'], dd.get('xy'), 'xy' in dd)
print({1: 'a', True: 'b', 1.0: 'c'})
print({'a': 1} == {'a': 1.0}, {'a': 1} != {'a': 2}, {1: 2} == [1])
show(lambda: {1: 2} < {1: 2})
print(d.__contains__('a'), d.__len__(), len({}))
print(dict.__name__, type({}.keys()).__name__, type({}.values()).__name__, type({}.items()).__name__)
print({}.__class__, dict.__hash__, {1: 2}.__getitem__(1))
print(repr({'s': "q'", 2: None, (1,): [1]}))
print(d.__reversed__().__class__.__name__, list(reversed({1: 2, 3: 4})))
print(list(reversed({1: 2, 3: 4}.items())), list(reversed({1: 2, 3: 4}.values())))
