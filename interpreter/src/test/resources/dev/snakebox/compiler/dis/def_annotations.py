def f(a: int, b: "str" = "x", *args: tuple, c: float = 1.5, **kw: dict) -> bool:
    return True


def g(x, /, y: int, *, z: Z) -> None:
    pass


def h(*args: *Ts):
    pass


def nothing() -> ret:
    pass


class_name = 1


def __private(__p: __A) -> __R:
    return __p
