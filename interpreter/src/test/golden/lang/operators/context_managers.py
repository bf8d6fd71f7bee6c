def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print('enter', self.name)
        return self.name.upper()
    def __exit__(self, tp, val, tb):
        print('exit', self.name, tp.__name__ if tp else None, val, tb is not None)
        return self.suppress

with CM('a') as x:
    print('body', x)
with CM('a') as x, CM('b') as y:
    print('body', x, y)
with (CM('p') as p,
      CM('q')):
    print('paren', p)
with CM('s', True):
    raise ValueError('hidden')
print('after suppressed')
try:
    with CM('o'), CM('i', True):
        raise KeyError('k')
    print('inner suppressed')
    with CM('o2', True), CM('i2'):
        raise KeyError('k2')
    print('outer suppressed')
    with CM('n'):
        raise TypeError('passes')
except TypeError as e:
    print('caught', e)

def ret():
    with CM('r'):
        return 'returned'
print(ret())
for i in range(3):
    with CM(str(i)):
        if i == 0:
            continue
        if i == 1:
            break
print('loop done', i)

class NoEnter:
    def __exit__(self, *a): pass
class NoExit:
    def __enter__(self): return self
def w(obj):
    with obj:
        pass
t(lambda: w(NoEnter()))
t(lambda: w(NoExit()))
t(lambda: w(5))
t(lambda: w(None))

class EnterFails:
    def __enter__(self):
        raise RuntimeError('enter failed')
    def __exit__(self, *a):
        print('exit not called')
t(lambda: w(EnterFails()))

class ExitFails:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise OSError('exit failed')
def exit_fails():
    try:
        with ExitFails():
            raise ValueError('original')
    except OSError as e:
        print('OSError', e, 'context:', repr(e.__context__))
exit_fails()

class Truthy:
    def __enter__(self): return self
    def __exit__(self, *a):
        return 'yes'
with Truthy():
    1 / 0
print('truthy suppressed')

class ExitArgs:
    def __enter__(self): return self
    def __exit__(self, *args):
        print(len(args), [type(a).__name__ for a in args])
with ExitArgs():
    pass
try:
    with ExitArgs():
        raise IndexError
except IndexError:
    print('IndexError propagated')

class Reuse:
    def __init__(self):
        self.depth = 0
    def __enter__(self):
        self.depth += 1
        return self.depth
    def __exit__(self, *a):
        self.depth -= 1
r = Reuse()
with r as d1:
    with r as d2:
        print(d1, d2)
print(r.depth)

class Attr:
    pass
a = Attr()
with CM('target') as a.field:
    pass
lst = [0]
with CM('item') as lst[0]:
    pass
with CM('tu') as (u, v):
    pass
print(a.field, lst, u, v)

def gen_cm():
    with CM('g'):
        yield 1
        yield 2
g = gen_cm()
print(next(g))
g.close()
print('closed')

class EnterInst:
    def __enter__(self): return 1
    def __exit__(self, *a): return False
e = EnterInst()
e.__enter__ = lambda: 2
with e as v:
    print('instance __enter__ ignored', v)
