def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

class Cont:
    def __contains__(self, x):
        print('contains', x)
        return x == 3
print(3 in Cont(), 4 not in Cont())
class RetObj:
    def __contains__(self, x):
        return [1]
print(1 in RetObj())
class Boom:
    def __contains__(self, x):
        raise KeyError(x)
t(lambda: 1 in Boom())

class ItOnly:
    def __iter__(self):
        print('iter')
        return iter([1, 2, 3])
print(2 in ItOnly(), 5 in ItOnly())

class GetOnly:
    def __getitem__(self, i):
        print('getitem', i)
        if i >= 3:
            raise IndexError(i)
        return i * 10
print(10 in GetOnly())
print(list(GetOnly()))
for v in GetOnly():
    pass
g = iter(GetOnly())
print(type(g).__name__, next(g), next(g))
a, b, c = GetOnly()
print(a, b, c)

class StopGet:
    def __getitem__(self, i):
        if i > 1:
            raise StopIteration
        return i
print(list(StopGet()))
class KeyGet:
    def __getitem__(self, i):
        raise KeyError(i)
t(lambda: list(KeyGet()))

t(lambda: 1 in 5)
t(lambda: 1 in object())
t(lambda: iter(5))
t(lambda: iter(object()))
t(lambda: list(5.0))
t(lambda: next([]))
t(lambda: next(5))
t(lambda: [x for x in 1])
def f():
    for x in None:
        pass
t(f)
t(lambda: 'a' in ['a'])
t(lambda: 1 in 'abc')
t(lambda: 'x' in {'x': 1})
t(lambda: [] in {})

class It:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n
print(list(It(3)), sum(It(4)), sorted(It(3)), max(It(5)))
print(next(It(0), 'default'))
t(lambda: next(It(0)))

class BadIter:
    def __iter__(self):
        return 5
t(lambda: iter(BadIter()))
t(lambda: list(BadIter()))
def loop():
    for x in BadIter():
        pass
t(loop)
class NoNext:
    def __iter__(self):
        return self
t(lambda: iter(NoNext()))
class IterNone:
    __iter__ = None
    def __getitem__(self, i):
        return i
t(lambda: iter(IterNone()))

class Rev:
    def __reversed__(self):
        return iter('cba')
print(list(reversed(Rev())))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return 'xyz'[i]
print(list(reversed(Seq())), list(Seq()))
t(lambda: reversed(It(3)))
t(lambda: reversed(5))
class RevNone:
    __reversed__ = None
    def __len__(self): return 1
    def __getitem__(self, i): return i
t(lambda: reversed(RevNone()))

class Call:
    def __call__(self, *a, **k):
        return ('called', a, k)
print(Call()(1, x=2), callable(Call()), callable(Call))
t(lambda: object()())
five = 5
t(lambda: five())
ex = 'x'
t(lambda: ex())
class NotCall:
    __call__ = 5
t(lambda: NotCall()())
it = iter([1, 2])
print(iter(it) is it, list(it), list(it))
cnt = iter(lambda: next(src), 3)
src = iter([1, 2, 3, 4])
print(list(cnt))
t(lambda: iter(5, 1))
