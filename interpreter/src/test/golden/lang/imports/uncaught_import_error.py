# An import that fails, uncaught.
import sys
print("looking for a module that is not there")
from mods import counter, no_such_module
