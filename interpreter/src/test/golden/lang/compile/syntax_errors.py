# SyntaxError objects: from compile(), built by hand, and printed when uncaught.
def info(e):
    return (type(e).__name__, e.msg, e.filename, e.lineno, e.offset, e.end_lineno, e.end_offset)

for source in ['x = (', 'def f(:\n  pass', 'f(**a, *b)', 'x = $', 'if x:\n  a\n b\n',
               'for x in y:\n\tif a:\n        b\n', 'return 5', 'nonlocal x', 'break',
               'def f():\n  x = 1\n  global x', 'a = 1 = 2', '"abc', "f'{'"]:
    try:
        compile(source, 'foo.py', 'exec')
        print('compiled?', repr(source))
    except SyntaxError as e:
        print(info(e), str(e))

e = SyntaxError('m', ('/a/b/f.py', 3, 2, 'abc\n', 3, 4))
print(str(e), e.lineno, e.print_file_and_line, e.args)
print(str(SyntaxError()), repr(SyntaxError()), str(SyntaxError('x', ('f', None, 1, 'a'))))
print(str(SyntaxError('x', (None, 4, 1, 'a'))), str(SyntaxError('only')), SyntaxError('a', 'b', 'c').msg)
for bad in [(1, 2), 5, ('f', 1, 2, 3, 4, 5, 6)]:
    try:
        SyntaxError('m', bad)
    except TypeError as x:
        print('TypeError', x)
e = SyntaxError('m')
e.lineno = 5
print(str(e))
e.filename = 'x.py'
print(str(e))
e.msg = 7
print(str(e))
class MySyntaxError(SyntaxError):
    pass
m = MySyntaxError('mine', ('g.py', 1, 1, 'ab'))
print(m.lineno, m.text, str(m), isinstance(m, SyntaxError), IndentationError('i').msg, TabError('t').msg)
try:
    compile('if True:\n  x\n    y\n', 'ind.py', 'exec')
except IndentationError as e:
    print(type(e).__name__, e.msg, e.lineno)
compile('print(1 +)', 'uncaught.py', 'exec')
