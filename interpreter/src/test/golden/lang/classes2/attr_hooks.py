def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

class GA:
    x = 'class x'
    def __getattr__(self, name):
        if name.startswith('dyn_'):
            return name[4:]
        raise AttributeError(f'{type(self).__name__!r} has no {name!r}')
g = GA()
print(g.x, g.dyn_hello, getattr(g, 'dyn_a'), hasattr(g, 'nope'), getattr(g, 'nope', 'default'))
t(lambda: g.nope)

class GAttribute:
    def __init__(self):
        self.real = 'real'
    def __getattribute__(self, name):
        if name == 'secret':
            return 'intercepted'
        if name == 'boom':
            raise KeyError('not attribute error')
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return 'fallback ' + name
ga = GAttribute()
print(ga.real, ga.secret, ga.missing)
t(lambda: ga.boom)
t(lambda: hasattr(ga, 'boom'))

class SA:
    def __setattr__(self, name, value):
        print('setattr', name, value)
        if name == 'ro':
            raise AttributeError('read only')
        super().__setattr__(name, value * 2 if isinstance(value, int) else value)
    def __delattr__(self, name):
        print('delattr', name)
        if name == 'keep':
            raise AttributeError('cannot delete keep')
        object.__delattr__(self, name)
s = SA()
s.a = 5
print(s.a, s.__dict__)
t(lambda: setattr(s, 'ro', 1))
del s.a
t(lambda: delattr(s, 'keep'))
t(lambda: delattr(s, 'missing'))
setattr(s, 'via_setattr', 3)
print(s.via_setattr)

class Dir:
    def __dir__(self):
        return ['b', 'a', 'c']
print(dir(Dir()))
class DirBad:
    def __dir__(self):
        return 5
t(lambda: dir(DirBad()))
class Plain:
    cattr = 1
    def meth(self): pass
p = Plain()
p.iattr = 2
print([n for n in dir(p) if not n.startswith('__')], '__init__' in dir(p), '__dict__' in dir(Plain))

t(lambda: getattr(p, 5))
t(lambda: setattr(p, 5, 1))
t(lambda: delattr(p, 5))
t(lambda: getattr(p))
t(lambda: object.__getattribute__(p, 'nothing'))
t(lambda: object.__setattr__(1, 'x', 1))
t(lambda: object.__setattr__(int, 'x', 1))
t(lambda: setattr(int, 'x', 1))
t(lambda: delattr(int, 'real'))
t(lambda: setattr(str, '__len__', None))

class Shadow:
    attr = 'class'
sh = Shadow()
print(sh.attr)
sh.attr = 'instance'
print(sh.attr, Shadow.attr)
del sh.attr
print(sh.attr)
Shadow.attr = 'changed'
print(sh.attr)
sh.__dict__['direct'] = 1
print(sh.direct, vars(sh))
sh.__dict__ = {'replaced': True}
print(sh.replaced, vars(sh))
t(lambda: setattr(sh, '__dict__', 5))

class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
        self.count += 10
a, b = Counter(), Counter()
print(Counter.count, a.count, b.count)

class Meth:
    def m(self):
        return 'method'
mi = Meth()
mi.m = lambda: 'instance function'
print(mi.m(), Meth.m(mi), type(Meth.__dict__['m']).__name__, type(mi.__dict__['m']).__name__)
bm = Meth().m
print(type(bm).__name__, bm.__name__, bm.__func__ is Meth.m, type(bm.__self__).__name__)
t(lambda: setattr(bm, 'x', 1))
t(lambda: bm.nothing)
print(bm == Meth.m.__get__(bm.__self__), bm.__qualname__)
