# Infinite generators consumed lazily.
def naturals(start=0):
    n = start
    while True:
        yield n
        n += 1

def fibonacci():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

def primes():
    found = []
    for n in naturals(2):
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n

def take(n, it):
    return [x for _, x in zip(range(n), it)]

def cycle(items):
    saved = list(items)
    while saved:
        yield from saved

def islice(it, start, stop):
    for i, x in enumerate(it):
        if i >= stop:
            return
        if i >= start:
            yield x

def accumulate(it):
    total = 0
    for x in it:
        total += x
        yield total

def collatz(n):
    while n != 1:
        yield n
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    yield 1

print(take(10, naturals()))
print(take(15, fibonacci()))
print(take(12, primes()))
print(take(7, cycle("abc")))
print(list(islice(fibonacci(), 50, 53)))
print(take(6, accumulate(naturals(1))))
print(list(collatz(27))[:10], len(list(collatz(27))))
print(take(3, cycle([])))
big = fibonacci()
for _ in range(200):
    value = next(big)
print(value)
print(next(x for x in primes() if x > 1000))
evens = (n for n in naturals() if n % 2 == 0)
print(next(evens), next(evens), next(evens))
print(sum(take(100, naturals())))
