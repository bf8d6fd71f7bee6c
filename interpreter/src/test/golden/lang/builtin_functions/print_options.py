# print: sep, end, file, flush and their errors; help-free builtins exist.
import sys
def show(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)

print(1, 2, 3, sep='-', end='!\n')
print('a', 'b', sep='')
print('x', end='')
print()
print(sep=None, end=None)
print(1, 2, sep=None)
print('to stdout', file=sys.stdout, flush=True)
print('to stderr', file=sys.stderr)
print('none file', file=None)
show(lambda: print(1, sep=5))
show(lambda: print(1, end=[]))
show(lambda: print(1, file=5))
show(lambda: print(1, foo=1))
class W:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
w = W()
print('a', 1, [2], sep=', ', end='.', file=w)
print(w.parts)
class S:
    def __str__(self): return 'S-str'
    def __repr__(self): return 'S-repr'
print(S(), [S()], str(S()), repr(S()), f'{S()}', f'{S()!r}')
class BadStr:
    def __str__(self): return 3
show(lambda: print(BadStr()))
print(*[1, 2, 3], *'ab')
print('', '', sep='|')
for name in ['aiter', 'anext', 'breakpoint', 'callable', 'compile', 'eval', 'exec', 'globals', 'locals',
             'memoryview', 'classmethod', 'staticmethod', 'property', 'super', 'vars', 'open']:
    print(name, name in dir(__builtins__) or hasattr(__builtins__, name))
print(eval('1 + 2'), eval('x * 2', {'x': 21}), eval('y', {}, {'y': 'loc'}))
exec('z = 5'); print(z)
ns = {}
exec('def f(): return 42', ns); print(ns['f']())
show(lambda: eval('1 +'))
show(lambda: eval(5))
show(lambda: exec('raise ValueError("in exec")'))
c = compile('a + 1', '<s>', 'eval'); print(type(c).__name__, eval(c, {'a': 1}))
show(lambda: compile('x', '<s>', 'nope'))
print(breakpoint.__name__, callable(breakpoint))
sys.stdout.flush()
