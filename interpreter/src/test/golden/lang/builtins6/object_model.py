class A: pass
class B: pass
class C(A): pass
def t(f):
    try:
        r = f()
        print('ok', r)
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: setattr(C, '__bases__', (B,)) or C.__mro__)
t(lambda: setattr(C, '__bases__', (A, B)) or C.__mro__)
t(lambda: setattr(C, '__bases__', ()))
t(lambda: setattr(C, '__bases__', [A]))
t(lambda: setattr(C, '__bases__', (1,)))
t(lambda: setattr(C, '__bases__', (C,)))
t(lambda: setattr(A, '__bases__', (C,)))
t(lambda: delattr(C, '__bases__'))
t(lambda: setattr(int, '__bases__', (object,)))
t(lambda: setattr(C, '__bases__', (int,)))
class D(A): pass
class E(D): pass
t(lambda: setattr(D, '__bases__', (B,)) or (E.__mro__, issubclass(E, B), issubclass(E, A)))
t(lambda: setattr(C, '__bases__', (A, A)))
class S1: __slots__ = ('x',)
class S2: __slots__ = ('y',)
class S3(S1): pass
t(lambda: setattr(S3, '__bases__', (S2,)))
t(lambda: setattr(C, '__name__', 5))
t(lambda: setattr(C, '__name__', 'a\0b'))
t(lambda: setattr(int, '__name__', 'x'))
t(lambda: setattr(C, '__qualname__', 5))
t(lambda: setattr(C, '__module__', 5) or C.__module__)
t(lambda: delattr(C, '__name__'))
t(lambda: setattr(C, '__mro__', ()))
t(lambda: setattr(C, '__doc__', 'x') or C.__doc__)
t(lambda: setattr(int, '__doc__', 'x'))
t(lambda: setattr(int, 'foo', 1))
t(lambda: setattr(C, '__dict__', {}))
t(lambda: setattr(C(), '__dict__', 5))
t(lambda: setattr((1).__add__, '__name__', 'x'))
t(lambda: setattr(len, '__name__', 'x'))
t(lambda: setattr(len, '__self__', 'x'))
t(lambda: setattr(t, '__globals__', {}))
t(lambda: setattr(t, '__closure__', None))
t(lambda: setattr(t.__code__, 'co_name', 'x'))
t(lambda: setattr(1, 'real', 2))
t(lambda: setattr(1j, 'imag', 2))
t(lambda: setattr(slice(1), 'start', 2))
t(lambda: setattr(range(3), 'start', 2))
t(lambda: setattr(property(), 'fget', 2))
t(lambda: setattr(staticmethod(len), '__func__', 2))
t(lambda: setattr(ValueError(), 'args', 5) )
t(lambda: setattr(StopIteration(), 'value', 5))
t(lambda: setattr((x for x in []), 'gi_frame', 5))
t(lambda: setattr((x for x in []), '__name__', 5))
t(lambda: setattr(C().m if hasattr(C, 'm') else A.__init__, '__name__', 5))
t(lambda: setattr(object(), 'x', 5))
t(lambda: setattr(memoryview(b''), 'readonly', 5))
t(lambda: setattr(super(C, C()), 'x', 5))
t(lambda: setattr(type(None), 'x', 5))
t(lambda: setattr([].append, '__self__', 5))
t(lambda: setattr(list.append, '__objclass__', 5))
t(lambda: setattr(int.__dict__['real'], '__name__', 5))
t(lambda: setattr(C.__dict__, 'x', 5))
t(lambda: setattr(C().__init__, 'x', 5))
t(lambda: setattr(t, '__defaults__', 5))
t(lambda: setattr(t, '__kwdefaults__', 5))
t(lambda: setattr(t, '__code__', 5))
t(lambda: setattr(t, '__annotations__', 5))
t(lambda: setattr(t, '__dict__', 5))
t(lambda: setattr(t, '__qualname__', 5))
t(lambda: setattr(t, '__type_params__', 5))
t(lambda: delattr(t, '__name__'))
t(lambda: delattr(t, '__code__'))
t(lambda: delattr(t, '__defaults__') or t.__defaults__)
t(lambda: delattr(1, 'real'))
t(lambda: delattr(ValueError(), 'args'))
t(lambda: setattr(iter([]), 'x', 1))
t(lambda: setattr(__builtins__, 'zzz', 1) or zzz)

# after a __bases__ change: lookups, slots and isinstance follow the new MRO
class P:
    def who(self): return 'P'
    def __repr__(self): return '<P-based>'
class Q:
    def who(self): return 'Q'
    def __len__(self): return 7
class R(P): pass
class RR(R): pass
r = RR()
print(r.who(), repr(r), isinstance(r, P), isinstance(r, Q))
R.__bases__ = (Q,)
print(r.who(), len(r), isinstance(r, P), isinstance(r, Q), RR.__mro__, P.__subclasses__(), Q.__subclasses__())
t(lambda: repr(r).startswith('<__main__.RR object at '))
class X: pass
class Y(X): pass
class Z(X): pass
class W(Y): pass
t(lambda: setattr(W, '__bases__', (X, Y)))
print(W.__bases__, W.__mro__)
t(lambda: setattr(W, '__bases__', (Y, Z)) or W.__mro__)
t(lambda: setattr(X, '__bases__', (W,)))
print(R.__base__, R.__bases__)
# members and getsets of built-in types
for d in (slice.start, range.stop, complex.real, property.fget, OSError.errno, type.__dict__['__base__'],
          (lambda: 0).__class__.__globals__, int.real, type.__dict__['__bases__']):
    print(type(d).__name__, d.__name__, d.__objclass__.__name__, repr(d))
t(lambda: slice.start.__get__(5))
t(lambda: setattr(OSError(), 'errno', 5))
e = OSError(1000, 'x')
e.errno = 7
del e.strerror
print(e.errno, e.strerror, str(e))
t(lambda: setattr(ValueError(), '__suppress_context__', 1))
t(lambda: setattr(ExceptionGroup('m', [ValueError()]), 'message', 'x'))
t(lambda: setattr(SyntaxError('m'), 'lineno', 3))
class D2:
    pass
D2.__bases__ = (object,)
print(D2.__bases__)
setattr(int, '__bases__', ())
