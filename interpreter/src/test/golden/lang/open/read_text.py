# open() for reading: read, readline, readlines, iteration, with, closed files, and errors.
def show(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, e)

f = open('data.txt')
print(f.name, f.mode, f.closed, f.readable(), f.writable())
print(repr(f.readline()), repr(f.readline(3)), repr(f.readline()), repr(f.read(4)), repr(f.read()), repr(f.read()), repr(f.readline()))
f.close(); print(f.closed)
show(lambda: f.read())
show(lambda: f.readline())
f.close()
with open('data.txt', 'r') as g:
    for line in g:
        print(repr(line))
print(g.closed)
with open('data.txt', encoding='utf-8') as g:
    print(g.readlines())
with open('data.txt', 'rt') as g:
    print(len(g.read()), list(g), g.readlines())

try:
    open('no_such_file.txt')
except FileNotFoundError as e:
    print(type(e).__name__, e.filename, e.strerror, isinstance(e, OSError))
except OSError as e:
    print('other', e)
show(lambda: open('data.txt', 'q'))
show(lambda: open('data.txt', 'rw'))
show(lambda: open('data.txt', 'rr'))
show(lambda: open('data.txt', 5))
show(lambda: open(1.5))
show(lambda: open())
show(lambda: open('data.txt').write('x'))
show(lambda: open('data.txt', 'r', foo=1))
lines = [l.rstrip('\n') for l in open('data.txt')]
print(lines, sum(1 for _ in open('data.txt')))
with open('read_text.py') as src:
    print(src.readline().rstrip())
with open('data.txt') as a, open('data.txt') as b:
    print(a.readline() == b.readline(), next(a), next(b, 'x'))
g = open('data.txt')
print(next(g), next(g), next(g), next(g))
show(lambda: next(g))
print(iter(g) is g)
