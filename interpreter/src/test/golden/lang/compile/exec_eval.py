# exec() and eval(): namespaces, builtins, code objects, closures and their errors.
def show(label, f):
    try:
        print(label, '->', repr(f()))
    except BaseException as e:
        print(label, '!!', type(e).__name__, e)

show('eval str', lambda: eval('  \t2 ** 10'))
show('eval bytes', lambda: eval(b'3 * 4'))
show('eval names', lambda: eval('x + y', {'x': 1}, {'y': 2}))
show('eval globals only', lambda: eval('x * 3', {'x': 5}))
show('eval builtins', lambda: eval('len("abc")', {}))
show('eval no builtins', lambda: eval('len("abc")', {'__builtins__': {}}))
show('eval custom builtins', lambda: eval('len("abc")', {'__builtins__': {'len': lambda s: 99}}))
show('eval newline', lambda: eval(' \n1'))
show('eval syntax', lambda: eval('1 +'))
show('eval statement', lambda: eval('x = 1'))
show('eval lambda', lambda: eval('lambda q: q + 1')(1))
show('eval comprehension', lambda: eval('[i * k for i in range(3)]', {'k': 10}))
show('eval genexp', lambda: eval('sum(i for i in range(5))'))
g = {}
exec('a = 1\ndef f(): return a + 1\nb = f()', g)
print(sorted(g), g['b'], type(g['__builtins__']).__name__)
g2 = {'__builtins__': {'print': print}}
exec('print("restricted")', g2)
show('restricted', lambda: exec('len([])', g2))
loc = {}
exec('z = 5\nw = z * 2', {}, loc)
print(sorted(loc.items()))
show('exec returns', lambda: exec('1 + 1'))
show('eval bad', lambda: eval(5))
show('eval globals', lambda: eval('1', 5))
show('eval globals mapping', lambda: eval('1', []))
show('eval locals', lambda: eval('1', {}, 5))
show('exec bad', lambda: exec(5))
show('exec globals', lambda: exec('1', 5))
show('exec locals', lambda: exec('1', {}, 5))
show('closure', lambda: exec('1', closure=()))
show('exec kw globals', lambda: exec('r = 1', globals={}))
show('eval kw', lambda: eval('r', globals={'r': 4}))

def local_view():
    y = 5
    exec('print("sees", y); y = 7')
    print(y, eval('y'), eval('y * 2', None, {'y': 100}))
local_view()

counter = 0
def bump():
    exec('global counter\ncounter += 1')
bump()
bump()
print('counter', counter)

def outer(a):
    x = 1
    def inner():
        return x + a
    return inner
ic = outer(1).__code__
show('exec free', lambda: exec(ic))
show('eval free', lambda: eval(ic))
show('exec closure wrong', lambda: exec(ic, {}, None, closure=(1, 2)))
show('exec closure plain', lambda: exec(compile('1', 's', 'exec'), closure=()))

code = compile('result = base ** 2', 'sq', 'exec')
for base in range(4):
    ns = {'base': base}
    exec(code, ns)
    print(base, ns['result'])

# errors inside exec'd code carry its file name
try:
    exec(compile('def boom():\n    return 1 / 0\nboom()', 'boom.py', 'exec'))
except ZeroDivisionError as e:
    tb = e.__traceback__
    names = []
    while tb is not None:
        names.append(tb.tb_lineno)
        tb = tb.tb_next
    print('caught', e, names)
exec('def late():\n    raise ValueError("from exec")', globals())
late()
