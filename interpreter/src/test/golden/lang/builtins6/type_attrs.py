def t(f):
    try:
        print('ok', f())
    except Exception as e:
        print(type(e).__name__, e)
class C: pass
t(lambda: type.__abstractmethods__)
t(lambda: C.__abstractmethods__)
t(lambda: int.__abstractmethods__)
C.__abstractmethods__ = frozenset({'f'})
t(lambda: C.__abstractmethods__)
t(lambda: C())
C.__abstractmethods__ = ()
t(lambda: type(C()).__name__)
del C.__abstractmethods__
t(lambda: delattr(C, '__abstractmethods__'))
t(lambda: setattr(int, '__abstractmethods__', ()))
t(lambda: C.__annotations__)
t(lambda: '__annotations__' in C.__dict__)
class D:
    x: int
t(lambda: D.__annotations__)
t(lambda: int.__annotations__)
t(lambda: setattr(int, '__annotations__', {}))
t(lambda: setattr(C, '__annotations__', 5) or C.__annotations__)
t(lambda: delattr(C, '__annotations__'))
t(lambda: delattr(C, '__annotations__'))
t(lambda: C.__type_params__)
t(lambda: int.__type_params__)
t(lambda: setattr(C, '__type_params__', 5))
t(lambda: setattr(C, '__type_params__', ()) or C.__type_params__)
t(lambda: setattr(int, '__type_params__', ()))
t(lambda: delattr(C, '__type_params__'))
import sys
m = type(sys)('m')
t(lambda: m.__annotations__)
t(lambda: m.__dict__.get('__annotations__'))
m.__annotations__ = 5
t(lambda: m.__annotations__)
del m.__annotations__
t(lambda: delattr(m, '__annotations__'))
t(lambda: float.__getformat__('double'))
t(lambda: float.__getformat__('float'))
t(lambda: float.__getformat__('x'))
t(lambda: float.__getformat__(1))
mp = type.__dict__['__dict__'].__get__(C)
t(lambda: type(mp).__name__)
t(lambda: sorted(mp | {'z': 1}) == sorted(dict(mp) | {'z': 1}))
t(lambda: type({'z': 1} | mp).__name__)
t(lambda: mp | 5)
def f(): 
    global mp
    mp |= {}
t(f)
t(lambda: list(reversed(type.__dict__['__dict__'].__get__(D)))[:2])
t(lambda: type(mp).__class_getitem__(int))
def g(): yield 1
t(lambda: type(g()).__class_getitem__(int))
t(lambda: type(g()).__class_getitem__((int, str)))
t(lambda: (1).__add__.__objclass__)
t(lambda: (1).__add__.__qualname__)
t(lambda: [].__len__.__qualname__)
t(lambda: int.__dict__['real'].__qualname__)
t(lambda: slice.start.__qualname__)
t(lambda: g.__code__._co_code_adaptive == g.__code__.co_code)
t(lambda: type(b'ab'.__buffer__(0)).__name__)
t(lambda: bytes(b'ab'.__buffer__(0)))
t(lambda: bytes(bytearray(b'cd').__buffer__(0)))
t(lambda: b'ab'.__buffer__('x'))
ba = bytearray(b'xy')
v = ba.__buffer__(0)
t(lambda: ba.__release_buffer__(v))
t(lambda: bytes(memoryview(b'q').__buffer__(0)))
m2 = memoryview(b'abc')
t(lambda: (m2.c_contiguous, m2.f_contiguous, m2.suboffsets, m2.contiguous))
t(lambda: m2[::2].c_contiguous)
r = memoryview(bytearray(b'abc')).toreadonly()
t(lambda: r.readonly)
def w(): r[0] = 1
t(w)
t(lambda: bytes(r))
class Two: pass
Two.__abstractmethods__ = {'b', 'a'}
t(lambda: Two())
t(lambda: 'exit')
Two()
