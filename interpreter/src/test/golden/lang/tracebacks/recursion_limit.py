# Unbounded recursion ends in RecursionError, with the repeated lines collapsed.
def down(n):
    return down(n + 1)

down(0)
