square = lambda x: x * x
adder = lambda a: lambda b: a + b
multi = lambda x: (
    x
    + 1
)
defaults = lambda x=1, *a, y=2, **k: x
no_args = lambda: None


def make():
    n = 10
    return lambda m: n + m


# a while test is compiled twice; the two lambdas are one constant (code objects compare by content)
while (lambda: 0):
    pass
