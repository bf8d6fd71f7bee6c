# Comprehensions (inlined in 3.13) next to generators: scoping and iteration.
def squares(n):
    for i in range(n):
        yield i * i

print([s for s in squares(5)])
print({s % 4 for s in squares(6)})
print({s: s ** 0.5 for s in squares(4)})
print([[j for j in range(i)] for i in range(4)])
print([(i, j) for i in range(3) if i for j in squares(i)])

x = "outer"
print([x for x in "ab"], x)

def uses_locals():
    total = 10
    return [total + i for i in range(3)]

print(uses_locals())

def closure_in_comp():
    fs = [lambda: i for i in range(3)]
    return [f() for f in fs]

print(closure_in_comp())

def comp_inside_generator():
    for row in range(3):
        yield [row * c for c in range(3)]

print(list(comp_inside_generator()))

def generator_inside_comp():
    return [list(squares(n)) for n in range(4)]

print(generator_inside_comp())

matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
print([v for row in matrix for v in row if v % 2])

try:
    [1 / i for i in range(-1, 2)]
except ZeroDivisionError as e:
    print(type(e).__name__, e)

try:
    [y for y in range(3) if undefined_name]
except NameError as e:
    print(type(e).__name__, e)

class C:
    items = [1, 2, 3]
    doubled = [i * 2 for i in items]

print(C.doubled)

def walrus():
    data = [3, 8, 1, 9]
    big = [y for v in data if (y := v * 2) > 5]
    return big, y

print(walrus())

def nested_generators():
    return list(sum(row) for row in ([c for c in range(r)] for r in range(5)))

print(nested_generators())
