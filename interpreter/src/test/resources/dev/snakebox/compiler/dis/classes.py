class Empty:
    pass


class WithDoc:
    """A class with a docstring."""
    a = 1
    b = a + 1


@decorator
@other(1)
class Decorated(Base, *mixins):
    def method(self):
        return __class__

    def uses_super(self):
        return super


class Outer:
    class Inner:
        def m(self):
            return Inner

    def f(self):
        def g():
            return Outer
        return g


def factory(value):
    class Local:
        attr = value

        def get(self):
            return value
    return Local


class Private:
    __secret = 1
    __dunder__ = 2

    def __method(self, __arg):
        return __secret, __arg, __dunder__


class _:
    __kept = 1


class FreeAndLocal:
    x = 1

    def x(self):
        return x


class Comprehending:
    y = 10

    def m(self):
        return 1
