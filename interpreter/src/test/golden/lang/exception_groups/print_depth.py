# An uncaught group nested beyond max_group_depth (10).
def nest(level):
    if level == 0:
        return KeyError("deepest")
    return ExceptionGroup(f"depth {level}", [nest(level - 1), ValueError(f"at {level}")])

print("building")
raise nest(12)
