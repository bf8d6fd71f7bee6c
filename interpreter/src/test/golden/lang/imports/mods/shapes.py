"""Shapes for the import tests."""

__all__ = ["Square", "area", "UNIT"]

UNIT = "cm"
_hidden = "not exported"
helper_value = 7


class Square:
    def __init__(self, side):
        self.side = side

    def __repr__(self):
        return f"Square({self.side})"


def area(shape):
    return shape.side * shape.side


def _private():
    return "private"
