# repr and str of recursive and nested containers, and of user objects inside them.
class R:
    def __repr__(self): return 'R!'
    def __str__(self): return 'r-str'
a = [1, R()]
a.append(a)
d = {'k': a}
d['self'] = d
print(a)
print(d)
print(str([R()]), repr((R(),)), {R(): R()} if False else {1: R()}, [[[]]], ((),), [{}], {1: {}}, [()], (None,))
t = ([],)
t[0].append(t)
print(t)
s = {frozenset({1})}
print(s, [s], (1, [2, (3, {4: [5]})]))
class Bad:
    def __repr__(self): return 5
try:
    print([Bad()])
except TypeError as e:
    print(type(e).__name__, e)
class Raises:
    def __repr__(self): raise ValueError('nope')
try:
    repr({1: Raises()})
except ValueError as e:
    print('ValueError', e)
print([1.0, -0.0, 1e100, 'a\'b', "a\"b", b'x', 3j, True, None, ..., NotImplemented])
print(repr('\t\x00\u1234\U0001F600'), ['\n'], {'\x7f': 1})
n = []
for i in range(50):
    n = [n]
print(str(n)[:20], len(repr(n)))
