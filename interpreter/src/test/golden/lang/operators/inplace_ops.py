def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

class Acc:
    def __init__(self):
        self.log = []
for op in ['add', 'sub', 'mul', 'matmul', 'truediv', 'floordiv', 'mod', 'pow', 'lshift', 'rshift', 'and', 'xor', 'or']:
    def make(op):
        def f(self, o):
            self.log.append('i' + op)
            return self
        return f
    setattr(Acc, f'__i{op}__', make(op))
a = Acc()
a += 1; a -= 1; a *= 1; a @= 1; a /= 1; a //= 1; a %= 1; a **= 1; a <<= 1; a >>= 1; a &= 1; a ^= 1; a |= 1
print(a.log)

class Fallback:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return Fallback(self.v + o)
    def __iadd__(self, o):
        return NotImplemented
    def __repr__(self):
        return f'F({self.v})'
f = Fallback(1)
g = f
f += 5
print(f, g, f is g)

class OnlyR:
    def __radd__(self, o):
        return 'OnlyR.radd'
x = 5
x += OnlyR()
print(x)

class Ret:
    def __iadd__(self, o):
        return 'replaced'
r = Ret()
r += 1
print(r)

def bad():
    y = object()
    y += 1
t(bad)
def bad2():
    y = 'a'
    y -= 1
t(bad2)
def bad3():
    y = [1]
    y *= 'x'
t(bad3)
def bad4():
    y = 1
    y @= 2
t(bad4)
def bad5():
    y = None
    y **= 2
t(bad5)

lst = [1]
alias = lst
lst += [2]
print(lst is alias, alias)
tup = (1,)
alias = tup
tup += (2,)
print(tup is alias, alias, tup)

class Obj:
    def __init__(self):
        self.n = 0
        self.items = [0, 0]
o = Obj()
o.n += 5
o.items[1] += 3
print(o.n, o.items)

class Logged(dict):
    def __getitem__(self, k):
        print('get', k)
        return super().__getitem__(k)
    def __setitem__(self, k, v):
        print('set', k, v)
        super().__setitem__(k, v)
d = Logged(a=1)
d['a'] += 10
print(d)

class Attrs:
    def __getattr__(self, n):
        print('getattr', n)
        return 0
    def __setattr__(self, n, v):
        print('setattr', n, v)
at = Attrs()
at.q += 1

t_ = ([1],)
try:
    t_[0] += [2]
except TypeError as e:
    print('TypeError', e)
print(t_)
