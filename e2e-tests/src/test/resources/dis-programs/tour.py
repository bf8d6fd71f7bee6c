"""A tour of what the compiler emits: the Bytecode pane must show exactly this."""
import math
from collections import namedtuple as nt

LIMIT: int = 10
Point = nt("Point", "x y")


def clamp(value, low=0, high=LIMIT, *, strict=False):
    if strict and not low <= value <= high:
        raise ValueError(f"{value!r} outside [{low}, {high}]")
    return max(low, min(value, high))


def counter(start=0):
    count = start

    def step(by=1):
        nonlocal count
        count += by
        return count
    return step


class Shape:
    sides = 0

    def __init__(self, name):
        self.name = name

    @property
    def label(self):
        return f"{self.name} with {self.sides} sides"


class Square(Shape):
    sides = 4

    def area(self, side):
        return side ** 2

    def __repr__(self):
        return super().__repr__() + "!"


def squares(n):
    for i in range(n):
        if i % 2:
            continue
        yield i * i


def describe(shape):
    match shape:
        case Point(x=0, y=0):
            return "origin"
        case [first, *rest]:
            return f"sequence starting {first}"
        case {"kind": kind, **others}:
            return kind
        case str() | bytes():
            return "text"
        case _:
            return "other"


async def fetch(source):
    async with source as s:
        return await s.read()


def main(argv):
    words = [w.upper() for w in argv if w]
    lengths = {w: len(w) for w in words}
    first, *others = words or ["none"]
    try:
        with open(first) as handle:
            data = handle.read()[:10]
    except (OSError, ValueError) as error:
        print("failed:", error, file=sys.stderr)
        data = None
    finally:
        print("done")
    total = sum(x for x in lengths.values())
    return clamp(total, high=math.inf), data, others, counter()(2)
