# open() for reading: read, readline, readlines, iteration, with, closed files, and errors.
# The data file lies beside this program; the run's working folder may be elsewhere.
HERE = __file__.rpartition('/')[0]
DATA = HERE + '/data.txt' if HERE else 'data.txt'
SELF = HERE + '/read_text.py' if HERE else 'read_text.py'

def show(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, e)

f = open(DATA)
print(f.name == DATA, f.mode, f.closed, f.readable(), f.writable())
print(repr(f.readline()), repr(f.readline(3)), repr(f.readline()), repr(f.read(4)), repr(f.read()), repr(f.read()), repr(f.readline()))
f.close(); print(f.closed)
show(lambda: f.read())
show(lambda: f.readline())
f.close()
with open(DATA, 'r') as g:
    for line in g:
        print(repr(line))
print(g.closed)
with open(DATA, encoding='utf-8') as g:
    print(g.readlines())
with open(DATA, 'rt') as g:
    print(len(g.read()), list(g), g.readlines())

try:
    open('no_such_file.txt')
except FileNotFoundError as e:
    print(type(e).__name__, e.filename, e.strerror, isinstance(e, OSError))
except OSError as e:
    print('other', e)
show(lambda: open(DATA, 'q'))
show(lambda: open(DATA, 'rw'))
show(lambda: open(DATA, 'rr'))
show(lambda: open(DATA, 5))
show(lambda: open(1.5))
show(lambda: open())
show(lambda: open(DATA).write('x'))
show(lambda: open(DATA, 'r', foo=1))
lines = [l.rstrip('\n') for l in open(DATA)]
print(lines, sum(1 for _ in open(DATA)))
with open(SELF) as src:
    print(src.readline().rstrip())
with open(DATA) as a, open(DATA) as b:
    print(a.readline() == b.readline(), next(a), next(b, 'x'))
g = open(DATA)
print(next(g), next(g), next(g), next(g))
show(lambda: next(g))
print(iter(g) is g)
