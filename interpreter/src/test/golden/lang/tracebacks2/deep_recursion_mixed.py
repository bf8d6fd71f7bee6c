def a(n):
    if n == 0:
        return [][1]
    return b(n - 1)

def b(n):
    return a(n)

a(30)
