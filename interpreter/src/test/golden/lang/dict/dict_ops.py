# dict | |=, order after deletes, recursive repr, mutation during iteration, views.
def show(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)

a = {'x': 1, 'y': 2}
b = {'y': 3, 'z': 4}
print(a | b, b | a, a)
c = a; c |= b; print(a, c is a)
c |= [('w', 0)]; print(a)
show(lambda: a | [('q', 1)])
def bad():
    e = {}; e |= 5
show(bad)
o = {i: i * i for i in range(8)}
del o[3]; del o[0]; o[3] = 'back'; o[0] = 'zero'; print(o)
r = {}; r['self'] = r; print(r)
r2 = {1: [r]}; print(r2)
def grow():
    g = {1: 1, 2: 2}
    for k in g:
        g[k + 10] = 0
show(grow)
def shrink():
    g = {1: 1, 2: 2}
    for k in g:
        del g[k]
show(shrink)
def viewgrow():
    g = {1: 1, 2: 2}
    for k in g.values():
        g[k + 10] = 0
show(viewgrow)
def itemsgrow():
    g = {1: 1, 2: 2}
    for k in g.items():
        g.pop(1)
show(itemsgrow)
def change_keys():
    g = {1: 1, 2: 2}
    for k in g:
        del g[k]
        g[k + 100] = 1
show(change_keys)
ks = {'a': 1, 'b': 2, 'c': 3}.keys()
print(ks & {'a', 'c'} == {'a', 'c'}, sorted(ks | {'z'}), sorted(ks - {'a'}), sorted(ks ^ {'a', 'q'}))
print(ks == {'a', 'b', 'c'}, ks <= {'a', 'b', 'c', 'd'}, ks < {'a'}, ks.isdisjoint({'x'}), 'a' in ks)
it = {1: 'a', 2: 'b'}.items()
print(sorted(it & {(1, 'a')}), (1, 'a') in it, (1, 'b') in it, [] in it, sorted(it | {(3, 'c')}))
print(repr({1: 2}.keys()), repr({1: 2}.values()), repr({1: 2}.items()), repr({}.keys()))
v = {1: 2}.values(); print(v == v, v == {1: 2}.values())
print(len(ks), bool({}.keys()), list(reversed(ks)))
m = ks.mapping; print(type(m).__name__, m)
show(lambda: ks[0])
show(lambda: {}.keys() | 1)
print({1: 1}.keys() == {1: 1}.keys(), {1: 1}.items() == {(1, 1)})
show(lambda: hash({}.keys()))
x = {}
x[1] = x; x[2] = [x]; print(x)
print(dict(zip('abc', range(3))), dict(enumerate('ab')))
print({**{'a': 1}, 'b': 2, **{'a': 3}})
show(lambda: {**[1]})
show(lambda: dict(**{1: 2}))
