# A complex division by zero that is not caught.
def solve(a, b):
    return -b / a

print(solve(2 + 0j, 4 - 2j))
print(solve(1j, 1))
print(solve(0j, 1))
