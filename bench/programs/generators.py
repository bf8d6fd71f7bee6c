# Generators: a pipeline of generator functions, yield from delegation, a generator expression
# and a send()-driven accumulator, resumed a few hundred thousand times in all.
def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1

def evens(src):
    for x in src:
        if x % 2 == 0:
            yield x

def scaled(src, k):
    for x in src:
        yield x * k

def chained(n):
    yield from numbers(n)
    yield from numbers(n)

def accumulator():
    total = 0
    while True:
        x = yield total
        total += x

total = 0
for v in scaled(evens(numbers(200000)), 3):
    total += v
print(total)
print(sum(x % 7 for x in chained(100000)))
acc = accumulator()
next(acc)
last = 0
for x in numbers(100000):
    last = acc.send(x)
print(last)
