# Generator functions: next(), send(), return values and exhaustion.
def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "finished"

g = count_up(3)
print(type(g).__name__)
print(next(g), next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", repr(e.value), e.args)
try:
    next(g)
except StopIteration as e:
    print("again", repr(e.value), e.args)
print(next(g, "default"))

print(list(count_up(5)))
print(sum(count_up(101)))
print(max(count_up(7)), min(count_up(7)))
print(tuple(count_up(4)), sorted(count_up(4), reverse=True))
print(dict(enumerate(count_up(3))))
print(list(zip(count_up(3), "abc")))
print(list(map(lambda x: x * x, count_up(4))))
print(list(filter(lambda x: x % 2, count_up(9))))
print(3 in count_up(5), 9 in count_up(5))
a, b, c = count_up(3)
print(a, b, c)
first, *rest = count_up(5)
print(first, rest)
print(*count_up(4))
print(", ".join(str(x) for x in count_up(4)))

def echo():
    received = []
    while True:
        x = yield len(received)
        if x is None:
            break
        received.append(x)
    return received

e = echo()
print(next(e))
print(e.send("a"), e.send("b"), e.send("c"))
try:
    e.send(None)
except StopIteration as stop:
    print("returned", stop.value)

def returns_tuple():
    yield 1
    return (1, 2)

r = returns_tuple()
next(r)
try:
    next(r)
except StopIteration as stop:
    print(stop.value, stop.args)

def returns_none():
    yield 1
    return None

r = returns_none()
next(r)
try:
    next(r)
except StopIteration as stop:
    print(stop.value, stop.args)

def empty():
    return
    yield

print(list(empty()))
for x in empty():
    print("never")

def nested_loops():
    for i in range(3):
        for j in range(i):
            yield i, j

print(list(nested_loops()))

def with_else():
    for i in range(2):
        yield i
    else:
        yield "else"
    while False:
        yield "no"
    else:
        yield "while-else"

print(list(with_else()))

def yield_expr_values():
    x = yield
    y = yield x
    z = (yield y) + 1
    yield z

gen = yield_expr_values()
print(next(gen), gen.send(10), gen.send(20), gen.send(30))

def lambda_gen():
    return (lambda: (yield 5))()

print(list(lambda_gen()))
print([type(x).__name__ for x in [count_up(1), (i for i in [])]])
