# while loops with else, break, continue; an iterative algorithm.
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz steps", steps)

i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    if i == 4:
        break
    print("i", i)
else:
    print("not reached")

k = 0
while k < 2:
    k += 1
else:
    print("else after while", k)

def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
print(gcd(1071, 462), gcd(17, 5))

primes = []
candidate = 2
while len(primes) < 10:
    if all([candidate % p for p in primes]):
        primes.append(candidate)
    candidate += 1
print(primes)
