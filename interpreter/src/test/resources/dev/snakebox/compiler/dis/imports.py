import a
import a.b
import a.b.c
import a.b as c
import a.b.c as d
import a, b as bb, c.d
from a import b
from a import b as c, d
from a.b import c
from . import a
from .. import b
from .a import b
from ...a.b import c as d
from a import *
from . import *
from .a import *
