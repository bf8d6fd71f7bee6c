# getattr setattr delattr hasattr vars dir locals globals, with errors.
def show(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)

class C:
    cls_attr = 1
    def __init__(self):
        self.a = 1
        self.b = 2
    def m(self): pass
c = C()
print(getattr(c, 'a'), getattr(c, 'zz', 'dflt'), hasattr(c, 'a'), hasattr(c, 'zz'), hasattr(c, 'cls_attr'))
show(lambda: getattr(c, 'zz'))
show(lambda: getattr(c, 1))
show(lambda: getattr(c))
show(lambda: hasattr(c, 1))
setattr(c, 'x', 5); print(c.x)
delattr(c, 'x'); print(hasattr(c, 'x'))
show(lambda: delattr(c, 'x'))
show(lambda: setattr(c, 1, 2))
show(lambda: setattr(1, 'x', 2))
show(lambda: setattr(object(), 'x', 2))
show(lambda: delattr(1, 'real'))
show(lambda: getattr(1, 'nope'))
print(vars(c), vars(C)['cls_attr'], type(vars(C)).__name__)
show(lambda: vars(1))
show(lambda: vars(1, 2))
print(dir(c)[-5:], 'm' in dir(c), '__init__' in dir(C), dir(c) == sorted(dir(c)))
print([n for n in dir(1) if not n.startswith('_')])
print([n for n in dir([]) if not n.startswith('_')])
print([n for n in dir({}) if not n.startswith('_')])
print([n for n in dir(set()) if not n.startswith('_')])
print([n for n in dir('') if not n.startswith('_')])
print([n for n in dir(()) if not n.startswith('_')])
print([n for n in dir(frozenset()) if not n.startswith('_')])
print([n for n in dir(range(1)) if not n.startswith('_')])
print([n for n in dir(slice(1)) if not n.startswith('_')])
print([n for n in dir(1.0) if not n.startswith('_')])
print([n for n in dir(b'') if not n.startswith('_')])
print([n for n in dir(type) if not n.startswith('_')])
print(dir(None)[:5], len(dir(object())) > 20)
class D:
    def __dir__(self): return ['z', 'a', 'b']
print(dir(D()))
class D2:
    def __dir__(self): return 5
show(lambda: dir(D2()))
def f():
    x = 1
    y = 2
    return sorted(locals().items())
print(f())
print('C' in globals(), type(globals()).__name__, globals() is globals())
print(sorted(k for k in dir() if not k.startswith('_')))
import sys
print([n for n in dir(sys) if n in ('argv', 'path', 'version')])
