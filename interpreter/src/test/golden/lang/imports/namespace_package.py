# A folder without __init__.py is a namespace package.
import nspace.part.piece
import nspace
print(nspace.part.piece.VALUE)
print(nspace.__file__, type(nspace.__path__).__name__ in ("list", "_NamespacePath"))
print(nspace.__name__, nspace.__package__)
print(repr(nspace).startswith("<module 'nspace' (namespace) from ["))
from nspace.part import piece
print(piece.VALUE)
