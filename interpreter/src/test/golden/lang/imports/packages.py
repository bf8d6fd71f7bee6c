# Packages: __init__ runs first, subpackages, relative imports inside the package.
import mods.sub.leaf
print(mods.sub.NAME, mods.sub.leaf.WHERE)
print(mods.sub.grow_leaf(3), mods.sub.leaf.grow is mods.sub.grow_leaf)
print(mods.sub.__package__, mods.sub.leaf.__package__, mods.__package__)
print(mods.sub.__name__, mods.sub.leaf.__name__)
print([p.rsplit("/", 2)[-2:] for p in mods.sub.__path__])

import mods.sub.leaf as leaf
print(leaf is mods.sub.leaf)
from mods.sub import leaf as leaf2, NAME
print(leaf2 is leaf, NAME)
from mods.sub.leaf import Square, WHERE
print(Square(4), WHERE.split()[0])

import sys
names = [n for n in sys.modules if n.startswith("mods")]
print(sorted(names))
print(hasattr(mods, "sub"), hasattr(mods.sub, "leaf"), hasattr(mods, "shapes"))
