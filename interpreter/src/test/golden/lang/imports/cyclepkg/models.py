from . import VERSION
from cyclepkg import VERSION as V2
__all__ = ["Model"]
class Model:
    version = VERSION + V2
