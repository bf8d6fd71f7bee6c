from . import leaf
from .leaf import grow as grow_leaf
NAME = "sub"
