def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

def un2(v):
    a, b = v
    return a, b
def un3(v):
    a, b, c = v
    return a, b, c
def star(v):
    a, *b, c = v
    return a, b, c
def star_front(v):
    *a, b = v
    return a, b
def nested(v):
    (a, b), [c, *d] = v
    return a, b, c, d

t(lambda: un2([1, 2, 3]))
t(lambda: un2((1,)))
t(lambda: un2([]))
t(lambda: un2('ab'))
t(lambda: un2('abc'))
t(lambda: un2({'x': 1, 'y': 2}))
t(lambda: un2(5))
t(lambda: un2(None))
t(lambda: un3([1, 2]))
t(lambda: un3(range(5)))
t(lambda: un3(iter([1, 2, 3, 4])))
t(lambda: un3(x for x in range(10)))
t(lambda: star([1]))
t(lambda: star([1, 2]))
t(lambda: star([1, 2, 3, 4]))
t(lambda: star('hello'))
t(lambda: star(5))
t(lambda: star_front([]))
t(lambda: star_front([1]))
t(lambda: nested([(1, 2), [3]]))
t(lambda: nested([(1, 2), [3, 4, 5]]))
t(lambda: nested([(1, 2, 3), [3]]))
t(lambda: nested([(1, 2), []]))
t(lambda: nested([1, [3]]))
t(lambda: un2({1, 2}) is not None)
class Seq:
    def __getitem__(self, i):
        if i < 2:
            return i
        raise IndexError
print(un2(Seq()))
t(lambda: un3(Seq()))
class Inf:
    def __iter__(self):
        n = 0
        while True:
            yield n
            n += 1
t(lambda: un2(Inf()))
def gen_raises():
    yield 1
    raise ValueError('during unpack')
t(lambda: un2(gen_raises()))

a, b = b, a = 1, 2
print(a, b)
x = y = [1]
print(x is y)
[p, q], r = 'ab', 'c'
print(p, q, r)
(s,) = [9]
print(s)
first, *_ = range(4)
*_, last = range(4)
print(first, last, _)
for i, (j, *k) in enumerate([(1, 2, 3), (4,)]):
    print(i, j, k)
d = {}
d['a'], d['b'] = 1, 2
class O: pass
o = O()
o.x, o.y = 'xy'
lst = [0, 0, 0]
lst[0], lst[1:] = 'z', 'yy'
print(d, o.x, o.y, lst)
print([*range(2), *'ab', *{'k': 1}], (*[1], 2), {*[1, 1], 2}, {**{'a': 1}, 'b': 2, **{'a': 3}})
print(*[1, 2], *(3,), sep='-')
t(lambda: [*5])
t(lambda: {**[]})
t(lambda: {**{'a': 1}, **5})
t(lambda: print(*None))
