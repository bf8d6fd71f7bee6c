ops = ['add', 'sub', 'mul', 'matmul', 'truediv', 'floordiv', 'mod', 'divmod', 'pow', 'lshift', 'rshift', 'and', 'xor', 'or']

class L:
    pass
class R:
    pass
for op in ops:
    setattr(L, f'__{op}__', (lambda op: lambda self, o: f'L.{op}')(op))
    setattr(R, f'__r{op}__', (lambda op: lambda self, o: f'R.r{op}')(op))
l, r = L(), R()
print(l + r, l - r, l * r, l @ r, l / r, l // r, l % r, divmod(l, r), l ** r, l << r, l >> r, l & r, l ^ r, l | r)
print(1 + r, 1 - r, 1 * r, 1 @ r, 1 / r, 1 // r, 1 % r, divmod(1, r), 1 ** r, 1 << r, 1 >> r, 1 & r, 1 ^ r, 1 | r)
print(pow(l, r), pow(1, r))

class NI:
    def __add__(self, o):
        print('NI.add')
        return NotImplemented
    def __radd__(self, o):
        print('NI.radd')
        return NotImplemented
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: NI() + NI())
t(lambda: NI() + 1)
t(lambda: 1 + NI())
t(lambda: l + l)
t(lambda: r + r)
t(lambda: 'a' + 1)
t(lambda: 1 + 'a')
t(lambda: [] + ())
t(lambda: l - 1)
t(lambda: 1 @ 2)
t(lambda: divmod(r, 1))
t(lambda: r ** 2)
t(lambda: pow(l, r, 3))
t(lambda: pow(1, 2, r))
t(lambda: None < 1)
t(lambda: l | None)
t(lambda: ~l)
t(lambda: -l)
t(lambda: +r)
t(lambda: abs(l))
for sym in ['<<', '>>', '&', '^', '|', '//', '%', '/', '*', '@', '-']:
    t(lambda: eval(f'r {sym} r'))

class Base:
    def __add__(self, o):
        return 'Base.add'
    def __radd__(self, o):
        return 'Base.radd'
    def __mul__(self, o):
        return 'Base.mul'
class Sub(Base):
    def __radd__(self, o):
        return 'Sub.radd'
class Sub2(Base):
    pass
print(Base() + Sub(), Sub() + Base(), Base() + Sub2(), Base() * Sub())

class IntSub(int):
    def __radd__(self, o):
        return 'IntSub.radd'
    def __rsub__(self, o):
        return NotImplemented
print(1 + IntSub(2), IntSub(2) + 1, 1 - IntSub(5))

class Both:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        if isinstance(o, Both):
            return Both(self.v + o.v)
        if isinstance(o, int):
            return Both(self.v + o)
        return NotImplemented
    __radd__ = __add__
    def __repr__(self):
        return f'Both({self.v})'
print(Both(1) + Both(2), Both(1) + 3, 3 + Both(1), sum([Both(1), Both(2)]))
t(lambda: Both(1) + 'x')
t(lambda: 'x' + Both(1))

class Pw:
    def __pow__(self, o, mod=None):
        return ('pow', o, mod)
    def __rpow__(self, o, mod=None):
        return ('rpow', o, mod)
print(Pw() ** 2, pow(Pw(), 2, 5), 2 ** Pw(), pow(2, Pw()))
t(lambda: pow(2, Pw(), 5))
