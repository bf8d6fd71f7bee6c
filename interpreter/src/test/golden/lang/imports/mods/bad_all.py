# An __all__ that names something that is not there, and one item that is not a str.
__all__ = ["present", "absent"]
present = "here"
