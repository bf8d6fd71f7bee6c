def t(f):
    try:
        print(f())
    except BaseException as e:
        print(type(e).__name__, e)
x = 'module'
class C:
    x = 'class'
    y = [x for _ in range(1)]
    z = (lambda: x)()
    global g
    g = 'set in class'
    def m(self):
        return x
print(C.y, C.z, C().m(), g)
def f():
    x = 'func'
    class D:
        print('D sees', x)
        x = 'D'
        print('D now', x)
        def m(self):
            return x
    return D().m()
print(f())
def h():
    y = 1
    class E:
        y = 2
        def m(self):
            return y
        w = [y for _ in range(1)]
    return E().m(), E.w
print(h())
def k():
    a = 1
    def inner():
        print(locals())
        return a
    return inner()
print(k())
def shadow_builtin():
    len = lambda o: 'shadowed'
    return len([1, 2])
print(shadow_builtin(), len([1]))
import builtins
builtins.custom_global = 'from builtins'
print(custom_global)
del builtins.custom_global
t(lambda: custom_global)
def late_global():
    return later_defined
t(late_global)
later_defined = 'now defined'
print(late_global())
def assign_then_global_read():
    global x
    x = 'changed by function'
assign_then_global_read()
print(x)
def cond_local(flag):
    if flag:
        v = 'set'
    return v
print(cond_local(True))
t(lambda: cond_local(False))
def exec_locals():
    exec('q = 5')
    return 'q' in locals()
print(exec_locals())
ns = {}
exec('def fn():\n    return zz\nzz = 3', ns)
print(ns['fn']())
print(eval('x', {'x': 'eval global'}), eval('x', {}, {'x': 'eval local'}))
t(lambda: eval('undefined_in_eval', {}))
print(sorted(k for k in vars(C) if not k.startswith('__')))
