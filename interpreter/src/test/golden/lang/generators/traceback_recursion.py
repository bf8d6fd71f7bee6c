# Unbounded yield from recursion: RecursionError at the same depth as CPython, the repeated frames folded.
def rec(n):
    yield n
    yield from rec(n + 1)
for x in rec(0):
    pass
