# Generator expressions: laziness, scoping, the first iterable evaluated at once.
def noisy(n):
    print("noisy evaluated")
    return range(n)

ge = (x * 2 for x in noisy(3))
print("created", type(ge).__name__)
print(next(ge))
print(list(ge))
print(list(ge))

log = []
def record(x):
    log.append(x)
    return x

lazy = (record(x) for x in range(5))
print(log)
print(next(lazy), next(lazy))
print(log)

print(sum(x * x for x in range(10)))
print(max((len(w), w) for w in ["apple", "fig", "banana"]))
print(any(x > 3 for x in range(5)), all(x > 3 for x in range(5)))
print(list((x, y) for x in range(3) for y in range(x)))
print(list(x for x in range(20) if x % 3 == 0 if x % 2 == 0))
print(sorted((x for x in "hello"), reverse=True))

nested = ((y for y in range(x)) for x in range(4))
print([list(g) for g in nested])

def closure_capture():
    gens = [(i * j for j in range(3)) for i in range(3)]
    return [list(g) for g in gens]

print(closure_capture())

x = 10
g = (x + i for i in range(3))
x = 20
print(list(g))

class Scope:
    factor = 3
    values = list(factor * i for i in range(3)) if False else [0]
    try:
        broken = list(factor * i for i in range(3))
    except NameError as e:
        error = str(e)

print(Scope.values, Scope.error)

try:
    (x for x in 5)
except TypeError as e:
    print(type(e).__name__, e)

bad = (1 / x for x in [1, 0, 2])
print(next(bad))
try:
    next(bad)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(list(bad))

g2 = (i for i in range(3))
print(g2.__name__, g2.__qualname__)
print(next(g2), g2.send(None))
try:
    g2.send(1)
except StopIteration:
    print("send to genexpr exhausted")

def in_function():
    return (c.upper() for c in "abc")

print(in_function().__qualname__)
print("".join(in_function()))
print(list(zip((a for a in "xyz"), (b for b in range(10)))))
print(dict((k, v) for k, v in [("a", 1), ("b", 2)]))
print(set(x % 3 for x in range(10)))
