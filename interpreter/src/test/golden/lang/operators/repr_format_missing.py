def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

class R:
    def __repr__(self):
        return 'R()'
class S:
    def __str__(self):
        return 'S-str'
class RS(R):
    def __str__(self):
        return 'RS-str'
print(repr(R()), str(R()), f'{R()}', f'{R()!r}', [R()], {'k': R()})
print(str(S()), repr(S())[:10], f'{S()!s}', '%s %r' % (S(), R()))
print(str(RS()), repr(RS()), f'{RS()}', f'{RS()!r}', (RS(),))

class BadRepr:
    def __repr__(self):
        return 5
class BadStr:
    def __str__(self):
        return None
t(lambda: repr(BadRepr()))
t(lambda: str(BadStr()))
t(lambda: [BadRepr()].__repr__())
t(lambda: f'{BadStr()}')
t(lambda: print(BadStr()))
class RaiseRepr:
    def __repr__(self):
        raise ValueError('repr broke')
t(lambda: repr([1, RaiseRepr()]))
class StrSub(str):
    pass
class RetSub:
    def __repr__(self):
        return StrSub('sub')
print(type(repr(RetSub())).__name__, repr(RetSub()))

class F:
    def __format__(self, spec):
        return f'F[{spec}]'
print(format(F()), format(F(), 'x>5'), f'{F():abc}', f'{F()!r:>5}'[:3], '{0:q}'.format(F()), '{:}'.format(F()))
class BadF:
    def __format__(self, spec):
        return 1
t(lambda: format(BadF()))
t(lambda: f'{BadF()}')
t(lambda: format(object(), 'x'))
t(lambda: format(R(), '>10'))
print(format(R(), ''), format(1, ''), f'{R()!s:>6}|')

class Missing(dict):
    def __missing__(self, k):
        print('missing', k)
        return k * 2
m = Missing(a=1)
print(m['a'], m['bb'], m.get('zz'), 'zz' in m, m)
class MissingStores(dict):
    def __missing__(self, k):
        self[k] = v = len(self)
        return v
ms = MissingStores()
ms['x']; ms['y']; ms['x']
print(ms)
class MissingRaises(dict):
    def __missing__(self, k):
        raise LookupError('nope ' + k)
t(lambda: MissingRaises()['q'])
class NoMissing(dict):
    pass
t(lambda: NoMissing()['q'])
d = {}
t(lambda: setattr(d, '__missing__', lambda k: 0))
t(lambda: d['x'])
