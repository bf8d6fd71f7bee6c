# type(): one and three arguments, __name__, __qualname__, __mro__, mro(), __subclasses__, __bases__, __dict__.
def show(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)

print(type(1), type('a'), type(None), type(type), type(object), type(int), type([].append), type(len))
class A:
    x = 1
    class Inner:
        pass
class B(A): pass
class C(A): pass
class D(B, C): pass
print(D.__name__, D.__qualname__, A.Inner.__qualname__, A.Inner.__name__, D.__module__)
print(D.__mro__, D.mro(), D.__bases__, A.__bases__, object.__bases__, object.__mro__)
print(A.__subclasses__(), B.__subclasses__(), int.__base__, bool.__base__, D.__base__)
print(type(A.__dict__).__name__, A.__dict__['x'], 'x' in A.__dict__, '__module__' in A.__dict__)
show(lambda: A.__dict__.__setitem__('y', 2))
def assign():
    A.__dict__['y'] = 2
show(assign)
X = type('X', (A,), {'y': 2, 'f': lambda self: 'f!'})
print(X, X.__name__, X.__qualname__, X.__bases__, X().y, X().x, X().f(), X.__module__)
Y = type('Y', (), {})
print(Y.__bases__, Y.__mro__)
show(lambda: type())
show(lambda: type(1, 2))
show(lambda: type('N', 1, {}))
show(lambda: type('N', (), 1))
show(lambda: type(1, (), {}))
show(lambda: type('N', (1,), {}))
show(lambda: type('N', (bool,), {}))
show(lambda: type('N', (A, A), {}))
show(lambda: type('N', (A, B), {}))
show(lambda: type('N', (), {}, 1))
A.__name__ = 'Renamed'; print(A, A.__name__, A.__qualname__)
A.__qualname__ = 'Q.R'; print(A.__qualname__, A)
show(lambda: setattr(A, '__name__', 5))
show(lambda: setattr(int, '__name__', 'x'))
show(lambda: setattr(int, 'foo', 1))
show(lambda: setattr(list, 'append', 1))
print(int.__name__, int.__qualname__, int.__module__, type.__name__, object.__name__)
print(type.__mro__, type.__bases__, type.mro(int), int.mro())
print(type(A.__dict__['x']), repr(int.__dict__['__add__'])[:30], type(int.__dict__['bit_length']).__name__)
print(isinstance(A, type), type(A) is type, A.__class__, A().__class__.__name__)
print(type(int.__doc__).__name__ in ('str', 'NoneType'))
print(sorted(k for k in vars(A) if not k.startswith('__')))
print(object.__subclasses__ is not None, len(object.__subclasses__()) > 10)
print(bool.__mro__, issubclass(bool, int), bool.__subclasses__())
show(lambda: type.__subclasses__())
print(repr(type.__dict__['__name__'])[:30], type(type.__dict__['mro']).__name__)
class M(type):
    pass
class WithMeta(metaclass=M): pass
print(type(WithMeta), M.__mro__, WithMeta.__class__.__name__, type(M))
Z = M('Z', (), {'k': 3})
print(type(Z).__name__, Z.k)
print(A.__dict__['Inner'] is A.Inner, D.__dict__.get('x'), type(D.__dict__).__name__)
print(type.__call__(int, '5'), type.__prepare__('n', ()), type(type.__prepare__('n', ())))
