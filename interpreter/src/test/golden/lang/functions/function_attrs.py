# Functions are objects with attributes.
def documented(x):
    """Return x doubled."""
    return 2 * x

print(documented.__name__)
print(documented.__doc__)
print(documented.__qualname__)
print(documented.__module__)
documented.calls = 0
documented.calls += 1
print(documented.calls)
print(documented.__dict__)

def nodoc():
    pass

print(nodoc.__doc__)
print(nodoc())
print(type(nodoc).__name__)
print(callable(nodoc), callable(5))

def outer():
    def inner():
        pass
    return inner

print(outer().__qualname__)
print(repr(outer).startswith("<function outer at 0x"))
