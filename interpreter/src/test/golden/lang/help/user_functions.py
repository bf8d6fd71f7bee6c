# help() of functions written in Python: signatures, docstrings and their indentation

def plain():
    pass

def documented(a, b):
    """Add two things.

    The docstring is indented in the source;
        help() removes the common indentation,
    keeping the relative one.
    """
    return a + b

def defaults(a, b=2, *args, c, d=None, **kwargs):
    "One line."

def positional(a, b, /, c, *, d=4):
    """Positional-only and keyword-only."""

def annotated(x: int, y: str = 'hi', *rest: float, flag: bool = False) -> list:
    """Annotations are shown."""
    return []

def forward(p: 'Point') -> 'Point':
    pass

def long_signature(first_parameter, second_parameter=None, third_parameter='text', *, fourth=1):
    """Long signatures are split over lines."""

def defaults_reprs(a=[1, 2], b={'k': (1, 2)}, c=1.5, d=None, e='q"uote', f=print):
    pass

async def coroutine(delay):
    """A coroutine function."""

def generator():
    """A generator function."""
    yield 1

square = lambda x: x * x
add = lambda x, y=1: x + y

def outer():
    def inner(q):
        "Inner function."
    return inner

def tabs():
	"""Tab	indented
	second line
	"""

for f in (plain, documented, defaults, positional, annotated, forward, long_signature,
          defaults_reprs, coroutine, generator, square, add, outer(), tabs):
    help(f)

print(documented.__doc__)
alias = documented
help(alias)
print(square.__name__, square.__doc__)
