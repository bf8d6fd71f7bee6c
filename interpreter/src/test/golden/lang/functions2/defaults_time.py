counter = [0]
def tick():
    counter[0] += 1
    print('tick', counter[0])
    return counter[0]

def f(a=tick(), b=tick(), *, c=tick()):
    return a, b, c
print(f(), f(), counter)

def app(x, acc=[]):
    acc.append(x)
    return acc
print(app(1), app(2), app(3, []), app(4))

def safe(x, acc=None):
    if acc is None:
        acc = []
    acc.append(x)
    return acc
print(safe(1), safe(2))

fns = []
for i in range(3):
    def g(i=i):
        return i
    fns.append(g)
print([g() for g in fns])
fns = [lambda: i for i in range(3)]
print([g() for g in fns])
fns = [lambda i=i: i * 10 for i in range(3)]
print([g() for g in fns])

x = 'global'
def h(v=x):
    return v
x = 'changed'
print(h())

def order_of_eval():
    print('body')
def kwdef(a=print('default a') or 1, *, b=print('default b') or 2):
    return a, b
print(kwdef())

class K:
    n = 5
    def m(self, v=n * 2):
        return v
print(K().m())

def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(25))

def even(n):
    return True if n == 0 else odd(n - 1)
def odd(n):
    return False if n == 0 else even(n - 1)
print(even(100), odd(7))

def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print(ackermann(2, 3))

sq = lambda x, y=2, *a, k=1, **kw: (x ** y, a, k, kw)
print(sq(3), sq(3, 3, 4, k=5, z=6))
print((lambda *a: a)(1, 2), (lambda **k: k)(a=1))
print((lambda: (yield 1))().__next__())
compose = lambda f, g: lambda x: f(g(x))
print(compose(str, lambda v: v + 1)(41))
print(list(map(lambda p: p[0] * p[1], [(1, 2), (3, 4)])))
print(sorted(['bb', 'a', 'ccc'], key=lambda s: -len(s)))
