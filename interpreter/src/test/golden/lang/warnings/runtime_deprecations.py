# the DeprecationWarnings CPython 3.13 issues at run time, shown in __main__ once per location
import warnings

ni = NotImplemented
print(bool(ni))
print(bool(ni))          # another line: shown again
for i in range(3):
    if ni:               # one location: shown once
        pass
print(not ni)

flag = True
print(~flag, ~False if flag else 0)
for i in range(2):
    print(~flag)
print(~int(flag), not flag)

code = (lambda: 0).__code__
print(type(code.co_lnotab).__name__)

class IntLike:
    def __int__(self):
        return True
    def __index__(self):
        return MyInt(2)

class MyInt(int):
    pass

class MyFloat(float):
    pass

class MyComplex(complex):
    pass

class FloatLike:
    def __float__(self):
        return MyFloat(2.5)

class ComplexLike:
    def __complex__(self):
        return MyComplex(1, 2)

class Truncable:
    def __trunc__(self):
        return 7

print(int(IntLike()))
print([10, 20, 30][IntLike()])
print(range(5)[IntLike()])
print(float(FloatLike()))
print(complex(ComplexLike()))
print(int(Truncable()))

# inside a function: the warning names the function's line
def check(x):
    return bool(x)

check(ni)
check(ni)

# the same warnings, recorded
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    bool(ni)
    ~flag
    code.co_lnotab
    int(IntLike())
    float(FloatLike())
    int(Truncable())
for m in log:
    print(m.category.__name__, m.lineno, str(m.message)[:60])

# as errors
with warnings.catch_warnings():
    warnings.simplefilter("error", DeprecationWarning)
    for f in [lambda: bool(ni), lambda: ~flag, lambda: code.co_lnotab, lambda: int(IntLike()),
              lambda: float(FloatLike()), lambda: complex(ComplexLike()), lambda: int(Truncable())]:
        try:
            f()
        except DeprecationWarning as e:
            print(type(e).__name__, str(e)[:70])

# in another module they are ignored by default
exec("bool(NotImplemented)\nprint('in exec', ~True)", {"__name__": "other"})
exec("bool(NotImplemented)\nprint('exec as main')", {"__name__": "__main__"})
print("end")
