def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        if not spec:
            return str(self)
        if spec == 'cents':
            return f'{self.cents}c'
        return format(self.cents / 100, spec)
    def __str__(self):
        return f'${self.cents / 100:.2f}'
    def __repr__(self):
        return f'Money({self.cents})'
m = Money(12345)
print(f'{m}', f'{m:cents}', f'{m:>10.1f}', f'{m!s}', f'{m!r}', f'{m!s:>12}', f'{m=}')
print(format(m), format(m, 'cents'), str.format('{0} {0:cents} {0!r}', m), '%s %r' % (m, m))

class Inherit(int):
    pass
print(f'{Inherit(5):03d}', f'{Inherit(5)!r}', format(Inherit(255), 'x'))
class StrSub(str):
    def __str__(self):
        return 'custom'
print(f'{StrSub("raw")}', f'{StrSub("raw")!s}', format(StrSub('raw'), '>6'), str(StrSub('raw')))
class FloatSub(float):
    def __format__(self, spec):
        return 'FloatSub:' + spec
print(f'{FloatSub(1.5):.1f}', format(FloatSub(2.0)), '{}'.format(FloatSub(3)))
class NoFormat:
    pass
print(f'{NoFormat()!r:.9}', format(NoFormat(), '') != '')
t(lambda: f'{NoFormat():>10}')
t(lambda: format(NoFormat(), 5))
t(lambda: format(1, 5))
t(lambda: object.__format__(NoFormat(), 'x'))
print(object.__format__(1, ''), int.__format__(5, '02'), str.__format__('s', '>3'), float.__format__(1.5, '.0f'))
t(lambda: int.__format__('x', ''))
class ReturnsNonStr:
    def __format__(self, spec):
        return spec.encode()
t(lambda: format(ReturnsNonStr(), 'b'))
t(lambda: f'{ReturnsNonStr()}')
class StrResult(str):
    pass
class ReturnsStrSub:
    def __format__(self, spec):
        return StrResult('sub')
r = format(ReturnsStrSub())
print(r, type(r).__name__, type(f'{ReturnsStrSub()}').__name__)
