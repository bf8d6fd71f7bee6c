# No __all__: a star import takes every name not starting with an underscore.
alpha = 1
beta = [2, 3]
_gamma = "hidden"
__dunder = "hidden too"


def delta():
    return "delta"
