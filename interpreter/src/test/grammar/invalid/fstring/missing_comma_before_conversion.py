f"{a b!r}"
x = (1 2)
