# Importing a file that does not compile raises SyntaxError (or IndentationError).
import sys
try:
    import mods.broken_syntax
except SyntaxError as e:
    print(type(e).__name__, e.args[0])
print("mods.broken_syntax" in sys.modules)
try:
    import mods.bad_indent
except SyntaxError as e:
    print(type(e).__name__, e.args[0], isinstance(e, IndentationError))
import mods.broken_syntax
