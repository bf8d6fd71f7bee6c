# The sieve of Eratosthenes over a list of flags, repeated: list indexing and slice assignment.
def sieve(n):
    flags = [True] * (n + 1)
    flags[0] = flags[1] = False
    i = 2
    while i * i <= n:
        if flags[i]:
            for j in range(i * i, n + 1, i):
                flags[j] = False
        i += 1
    return flags

total = 0
for _ in range(8):
    flags = sieve(200000)
    total += flags.count(True)
print(total)
