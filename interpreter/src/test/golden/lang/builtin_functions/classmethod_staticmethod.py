# classmethod and staticmethod objects: binding, attributes, repr, wrapping, errors.
def show(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)

class C:
    @classmethod
    def cm(cls, x): return (cls.__name__, x)
    @staticmethod
    def sm(x): return ('sm', x)
class D(C): pass
print(C.cm(1), D.cm(2), C().cm(3), D().cm(4), C.sm(5), C().sm(6), D.sm(7))
cm = C.__dict__['cm']; sm = C.__dict__['sm']
print(type(cm).__name__, type(sm).__name__, cm.__func__.__name__, sm.__func__.__name__, cm.__wrapped__ is cm.__func__)
print(cm.__get__(None, D)(8), sm.__get__(None, C)(9), sm(10), callable(sm), callable(cm))
print(C.cm.__self__ is C, C.cm.__func__ is cm.__func__, C.sm is sm.__func__)
show(lambda: cm(1))
show(lambda: classmethod())
show(lambda: staticmethod(1, 2))
f = staticmethod(len); print(f('abc'), f.__name__ if hasattr(f, '__name__') else '-', repr(f)[:22])
g = classmethod(lambda cls: cls); print(g.__get__(None, int)(), g.__get__(3)())
print(classmethod(1).__func__, staticmethod(1).__func__)
show(lambda: classmethod(1).__get__(None, int)())
print(C.cm.__name__, C.cm.__qualname__, C.sm.__qualname__)
class E:
    @property
    @classmethod
    def weird(cls): return 1
show(lambda: E().weird)
print(isinstance(cm, classmethod), isinstance(sm, staticmethod), classmethod.__name__, staticmethod.__mro__)
