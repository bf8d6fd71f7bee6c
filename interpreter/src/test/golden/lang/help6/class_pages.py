# Class pages of built-in types and of classes (word-size dependent pages, such as list's and
# tuple's with sys.maxsize in index(), and installation-dependent ones, such as object's list of
# built-in subclasses, are left out).
help(str)
help(int)
help(dict)
help(Exception)
help(bool)
help(set)
help(frozenset)
help(bytearray)
help(range)
help(slice)
help(KeyError)


class Base:
    """A base class."""
    limit = 10

    def method(self, a, b=2, *args, key=None, **kw):
        "Does something."
        return a

    @classmethod
    def make(cls):
        return cls()

    @staticmethod
    def helper(x):
        """A static helper."""
        return x

    @property
    def size(self):
        """The size."""
        return 1


class Derived(Base):
    pass


class AppError(Exception):
    """An error of the application."""

    def __init__(self, code, message):
        super().__init__(message)
        self.code = code


class Detailed(AppError):
    pass


help(Base)
help(Derived)
help(AppError)
help(Detailed)
e = AppError(3, "bad")
print(e.__weakref__, "__weakref__" in AppError.__dict__, "__weakref__" in Detailed.__dict__)
print("__dict__" in AppError.__dict__, "__weakref__" in Exception.__dict__)
for base in [int, tuple, bytes, set, frozenset, str, list, dict, float, object, ValueError]:
    C = type("C", (base,), {})
    print(base.__name__, "__weakref__" in C.__dict__, "__dict__" in C.__dict__)
print(Base().__weakref__)
