# Raises while it is being imported, from a function it calls.
def check(limit):
    if limit < 10:
        raise ValueError(f"limit too small: {limit}")
    return limit


LIMIT = check(3)
