# The attributes of built-in exceptions.
e = ValueError("a", 2)
print(e.args, str(e), repr(e))
print(str(ValueError()), repr(ValueError()), str(ValueError("x")))
print(repr(KeyError("k")), str(KeyError("k")), str(KeyError()))
print(StopIteration(5).value, StopIteration().value)
print(SystemExit(3).code, SystemExit().code)
n = NameError("msg", name="foo")
print(n.name, n.args)
a = AttributeError("msg", name="bar", obj=5)
print(a.name, a.obj)
try:
    undefined_name
except NameError as e:
    print(e.name, e)
try:
    (1).nope
except AttributeError as e:
    print(e.name, e.obj, e)
ex = Exception("note me")
ex.add_note("first note")
ex.add_note("second note")
print(ex.__notes__)
print(isinstance(ex, BaseException), issubclass(KeyboardInterrupt, Exception))
print(OSError(2, "No such file").errno, str(OSError(2, "No such file")))
print(ZeroDivisionError.__mro__)
