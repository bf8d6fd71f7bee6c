# where a warning says it comes from: functions, methods, classes, generators, exec'd code
import warnings

def helper(msg, level):
    warnings.warn(msg, stacklevel=level)

class Widget:
    warnings.warn("in a class body")

    def method(self):
        helper("from a method", 2)

    @property
    def prop(self):
        warnings.warn("from a property", DeprecationWarning, stacklevel=2)
        return 1

w = Widget()
w.method()
print(w.prop)
[helper("in a comprehension", 2) for i in range(2)]
squares = list(helper("in a generator", 2) or i * i for i in range(2))
print(squares)
f = lambda: helper("in a lambda", 3)
f()
helper("stacklevel 0", 0)
helper("stacklevel -5", -5)

def gen():
    warnings.warn("inside a generator")
    yield 1
    warnings.warn("after resuming")
    yield 2
print(list(gen()))

# exec'd code: its own globals, its own registry and module name
ns = {}
exec("import warnings\nwarnings.warn('exec without a name')", ns)
print(ns["__warningregistry__"].keys() - {"version"})
exec("import warnings\nwarnings.warn('exec with name None', DeprecationWarning)", {"__name__": None})
exec("import warnings\nwarnings.warn('exec named mod', DeprecationWarning)", {"__name__": "mod"})
exec("import warnings\nwarnings.warn('exec named __main__', DeprecationWarning)", {"__name__": "__main__"})
exec("import warnings\nwarnings.warn('exec with an odd name')", {"__name__": 42})
code = compile("import warnings\nwarnings.warn('compiled with a name')", "virtual_file.py", "exec")
exec(code, {"__name__": "virtual"})

# generator.throw with three arguments is deprecated
def catcher():
    while True:
        try:
            yield
        except ValueError as e:
            print("caught", repr(e))
c = catcher()
next(c)
c.throw(ValueError, ValueError("three"), None)
c.throw(ValueError, "two")
c.throw(ValueError("one"))
c.throw(ValueError)
print("end")
