# SyntaxWarnings: of this file at compile time, of compile() and exec() of strings
import warnings

path = "C:\temp\data"          # \t is an escape, \d is not
print(len(path))
x = 256
print(x is 256, x is not "a")
assert (x, "never fails")
def f():
    return (1, 2)
print(f() == (1, 2))

cases = [
    "s = 'ab\\d'",
    "b = b'\\q'",
    "s = '\\777'",
    "x = 1\nprint(x is 5)",
    "y = 'a' is not 'b'",
    "z = x is ()",
    "t = None is None and x is ...",
    "assert (1, 2)",
    "assert ()",
    "u = (1, 2)(3)",
    "u = [1, 2](3)",
    "v = 5[0]",
    "w = [1, 2][1, 2]",
    "w = [1, 2]['a']",
    "r = 0x1for x in y",
    "q = f'{1}\\d'",
]
for src in cases:
    with warnings.catch_warnings(record=True) as log:
        warnings.simplefilter("always")
        try:
            compile(src, "<case>", "exec")
        except SyntaxError as e:
            print("SyntaxError", e)
    print(repr(src), [(m.category.__name__, str(m.message), m.filename, m.lineno) for m in log])

# an "error" filter makes the warning the SyntaxError
for src in cases:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        try:
            compile(src, "<case>", "exec")
            print("compiled", repr(src))
        except SyntaxError as e:
            print(type(e).__name__, e, (e.lineno, e.offset, e.end_lineno, e.end_offset))

# "ignore" silences them; by default each compile warns again
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    exec("print('quiet', 5 is 5)")
exec("print('loud', 5 is 5)")
exec("print('loud', 5 is 5)")
eval("'\\d'")
compile("'\\d'", "virtual.py", "exec")
print("end")
