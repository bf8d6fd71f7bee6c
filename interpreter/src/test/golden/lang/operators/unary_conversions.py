def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

class U:
    def __neg__(self): return 'neg'
    def __pos__(self): return 'pos'
    def __invert__(self): return 'inv'
    def __abs__(self): return 'abs'
u = U()
print(-u, +u, ~u, abs(u), not u)
t(lambda: -object())
t(lambda: +'a')
t(lambda: ~1.5)
t(lambda: abs('x'))
t(lambda: -[])

class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
i = Idx(2)
print([10, 20, 30][i], 'abcdef'[Idx(1):Idx(4)], bin(i), hex(Idx(255)), oct(i), range(Idx(3)), [0] * Idx(3))
t(lambda: [1][Idx('x')])
one, abc, pair = [1], 'abc', (1, 2)
t(lambda: one['x'])
t(lambda: abc[1.0])
t(lambda: pair[None])
t(lambda: range(Idx(2.5)))
t(lambda: bin(1.5))
t(lambda: [0] * 1.5)
t(lambda: 'a' * Idx(3))
print('ab' * Idx(2), Idx(3) * 'x' if False else 'skip')

class Conv:
    def __int__(self): return 42
    def __float__(self): return 2.5
    def __complex__(self): return 1j
    def __bool__(self): return False
    def __round__(self, n=None): return ('round', n)
    def __trunc__(self): return 'trunc'
    def __floor__(self): return 'floor'
    def __ceil__(self): return 'ceil'
c = Conv()
print(int(c), float(c), complex(c), bool(c), round(c), round(c, 2))

class BadInt:
    def __int__(self): return 'x'
    def __float__(self): return 1
    def __index__(self): return 1.0
    def __bool__(self): return 1
    def __complex__(self): return 1
t(lambda: int(BadInt()))
t(lambda: float(BadInt()))
t(lambda: [][BadInt()])
t(lambda: bool(BadInt()))
t(lambda: complex(BadInt()))
t(lambda: int(object()))
t(lambda: float(object()))
t(lambda: round(object()))


class IndexOnly:
    def __index__(self):
        return 9
print(int(IndexOnly()), float(IndexOnly()), complex(IndexOnly()))

