def f():
    class LocalError(Exception):
        pass
    raise LocalError('local')
try:
    f()
except Exception as e:
    print(type(e).__qualname__)
class Outer:
    class Inner(ValueError):
        pass
Outer.Inner.__module__ = 'pkg.mod'
raise Outer.Inner('qualified')
