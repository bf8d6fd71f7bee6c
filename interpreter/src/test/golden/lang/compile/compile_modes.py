# compile() in its three modes, its flags and optimisation levels, and its argument errors.
def show(label, f):
    try:
        print(label, '->', repr(f()))
    except BaseException as e:
        print(label, '!!', type(e).__name__, e)

c = compile('a + 1', 'f.py', 'eval')
print(c.co_name, c.co_filename, c.co_firstlineno, c.co_flags, c.co_names, c.co_consts, c.co_varnames)
print(eval(c, {'a': 41}))
show('exec code', lambda: exec(compile('print("hi from exec")', 's', 'exec')))
show('single expression', lambda: exec(compile('1 + 1', 's', 'single')))
show('single None', lambda: exec(compile('None', 's', 'single')))
show('single str', lambda: exec(compile('"text"', 's', 'single')))
show('single if', lambda: exec(compile('if 1:\n  "x"\n  None\n  5\n', 's', 'single')))
show('single semicolons', lambda: exec(compile('a = 3; a; a * 2', 's', 'single')))
show('single def', lambda: exec(compile('def g():\n  5\n  return 6\n', 's', 'single')))
show('single annotation', lambda: exec(compile('x: int = 5', 's', 'single'), {}))
show('multi single', lambda: compile('a\nb\n', 's', 'single'))
show('eval statement', lambda: compile('x = 1', 's', 'eval'))
show('bad mode', lambda: compile('x', 's', 'nope'))
show('func_type', lambda: compile('x', 's', 'func_type'))
show('bad flags', lambda: compile('x', 's', 'exec', 1))
show('flags type', lambda: compile('x', 's', 'exec', flags='a'))
show('bad opt', lambda: compile('x', 's', 'exec', 0, False, 3))
show('bad opt low', lambda: compile('x', 's', 'exec', optimize=-2))
show('bad source', lambda: compile(5, 's', 'exec'))
show('null', lambda: compile('a\0', 's', 'exec'))
show('bad filename', lambda: compile('x', 5, 'exec'))
show('bad mode type', lambda: compile('x', 's', 5))
show('keywords', lambda: type(compile(source='x', filename='f', mode='exec')).__name__)
show('bytes source', lambda: eval(compile(b'6 * 7', 'b', 'eval')))
show('bytes bom', lambda: eval(compile(b'\xef\xbb\xbf6 * 7', 'b', 'eval')))
show('missing args', lambda: compile('x'))

# -O: asserts go, __debug__ is False; -OO: docstrings go too
exec(compile('assert False, "never"\nprint("debug:", __debug__)\n', 's', 'exec', optimize=1))
exec(compile('print("debug:", __debug__)\nassert 1 == 1\n', 's', 'exec', optimize=0))
show('assert kept', lambda: exec(compile('assert 1 == 2, "kept"', 's', 'exec')))
ns = {}
exec(compile('"module doc"\ndef g():\n  "doc g"\n  return 2\nclass C:\n  "doc C"\n', 's', 'exec', optimize=2), ns)
print(ns.get('__doc__'), ns['g'].__doc__, ns['C'].__doc__, ns['g']())
ns = {}
exec(compile('"module doc"\ndef g():\n  "doc g"\n  return 2\nclass C:\n  "doc C"\n', 's', 'exec', optimize=1), ns)
print(ns.get('__doc__'), ns['g'].__doc__, ns['C'].__doc__)
print(compile('def f():\n  "d"\n  return 1', 's', 'exec', optimize=2).co_consts[0].co_consts)
print(compile('def f():\n  "d"\n  return 1', 's', 'exec').co_consts[0].co_consts)

# future features: in the source, or passed as flags
print(compile('x: int = 1', 's', 'exec', flags=0x1000000).co_flags)
print(compile('def f():\n  y: int = 1\n  return 1', 's', 'exec', flags=0x1000000).co_consts[0].co_flags)
print(compile('x = 1', 's', 'exec', flags=0x800000).co_flags)
print(compile('x = 1', 's', 'exec', flags=0x1000000, dont_inherit=True).co_flags)
