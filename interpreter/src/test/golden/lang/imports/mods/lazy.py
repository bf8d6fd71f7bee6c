# PEP 562: module __getattr__ and __dir__.
import sys

eager = "eager"
_computed = {}


def __getattr__(name):
    if name.startswith("auto_"):
        value = name[5:].upper()
        _computed[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__():
    return ["eager", "auto_anything", "zeta", "alpha"]
