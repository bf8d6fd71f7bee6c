# ValueErrors from conversions and lookups.
def attempt(f):
    try:
        f()
    except ValueError as e:
        print("ValueError:", e)

attempt(lambda: int("1.5"))
attempt(lambda: int(""))
attempt(lambda: int("12", 2))
attempt(lambda: int("z", 40))
attempt(lambda: float("1,5"))
attempt(lambda: [1, 2].index(3))
attempt(lambda: (1, 2).index(3))
attempt(lambda: "abc".index("d"))
attempt(lambda: range(1, 2, 0))
attempt(lambda: "a b".split(""))
attempt(lambda: max([]))
attempt(lambda: chr(-5))
attempt(lambda: dict([(1, 2, 3)]))
attempt(lambda: list(zip([1], [1, 2], strict=True)))
