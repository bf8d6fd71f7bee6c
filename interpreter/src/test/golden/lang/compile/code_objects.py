# The attributes of code objects: counts, names, flags, tables and the iterators over them.
code = compile('x = 1\ny = x + 2\nprint(x, y)', 'lines.py', 'exec')
print(list(code.co_lines()))
print(list(code.co_positions()))
print(code.co_code)
print(code.co_linetable, code.co_exceptiontable)
print(code.co_stacksize, code.co_nlocals, code.co_argcount, code.co_kwonlyargcount, code.co_posonlyargcount)
print(code.co_names, code.co_consts, code.co_varnames, code.co_cellvars, code.co_freevars)
print(code.co_name, code.co_qualname, code.co_filename, code.co_firstlineno, code.co_flags)
print(code == compile('x = 1\ny = x + 2\nprint(x, y)', 'lines.py', 'exec'), code == compile('x = 2', 'lines.py', 'exec'))
print(hash(code) == hash(compile('x = 1\ny = x + 2\nprint(x, y)', 'lines.py', 'exec')))
renamed = code.replace(co_name='renamed', co_firstlineno=10)
print(renamed.co_name, renamed.co_firstlineno, renamed.co_filename, code.co_name)
exec(code.replace(co_consts=(10, 20, None)))
try:
    code.replace(co_name=5)
except TypeError as e:
    print('TypeError', e)
try:
    code.replace(co_nlocals=3)
except ValueError as e:
    print('ValueError', e)

def outer(a, b=1, /, c=2, *d, e, f=3, **g):
    x = 1
    def inner():
        return x + a
    return inner
oc = outer.__code__
print(oc.co_varnames, oc.co_cellvars, oc.co_freevars, oc.co_nlocals)
print(oc.co_flags, oc.co_argcount, oc.co_posonlyargcount, oc.co_kwonlyargcount, oc.co_stacksize)
print(oc.co_name, oc.co_qualname, oc.co_firstlineno)
print([type(c).__name__ for c in oc.co_consts])
ic = outer(1, e=2).__code__
print(ic.co_freevars, ic.co_qualname, ic.co_flags, ic.co_varnames, ic.co_names)
print(list(ic.co_lines()))
print(ic._varname_from_oparg(0), ic._varname_from_oparg(1))

def gen():
    yield 1
async def coro():
    pass
print(gen.__code__.co_flags, coro.__code__.co_flags, (lambda: 0).__code__.co_name)
print(type(oc).__name__, type(oc))
class K:
    def method(self):
        return __class__
print(K.method.__code__.co_freevars, K.method.__code__.co_qualname)
print(len(oc.co_code) % 2, type(oc.co_code).__name__, type(oc.co_linetable).__name__)
print([x for x in dir(oc) if x.startswith('co_')])
