from .. import LEVEL
from ..shapes import Square


def grow(n):
    return Square(n)


WHERE = __name__ + " in " + __package__ + " sees " + LEVEL
