# The helper modules of the import golden programs (each is also run as a program by the oracle).
print("mods/__init__ runs as", __name__)
LEVEL = "package"
