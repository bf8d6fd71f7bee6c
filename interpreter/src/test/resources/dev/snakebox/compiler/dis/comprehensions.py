squares = [x * x for x in data]
evens = {x for x in data if x % 2 == 0 if x}
index = {k: -k for k in data}
lazy = (x for x in data)
nested = [[i + j for j in row] for i in rows]
several = [x + y for x in a if x for y in b if y]
constant = [c for c in [1, 2, 3]]
temp = [y for x in data for y in [x + 1]]
x = 5
shadow = [x for x in range(x)]


def in_function(data):
    total = 0
    squares = [x * x for x in data]
    gen = (x + total for x in data)
    return squares, gen


def cells(data):
    return [lambda: v for v in data]


def cell_outside(data):
    v = 0
    def get():
        return v
    return [v for v in data], get


def walrus(data):
    found = [(last := x) for x in data if x]
    return found, last


def walrus_outer_scope(data):
    [(seen := x) for x in data]
    def inner():
        return seen
    return inner


[(module_walrus := n) for n in data]


class InClass:
    values = (1, 2)
    doubled = [v * 2 for v in values]
    gen = (v for v in values)
    uses_super = [super() for v in values]


def genexp_args(a, b):
    return (x + y for x in a for y in b)


async def asynchronous(aiter, items):
    first = [x async for x in aiter]
    second = {x: await x for x in items}
    third = (x async for x in aiter)
    return first, second, third


def many_targets(d):
    return [k for k in d for v in d for w in d if k]


# the inner q is the module's: its scope inside is the comprehension's (temp_symbols)
r = [[q for y in z] for x in w if [1 for q in v]]
