# Recursive generators: trees, permutations, deep delegation chains.
class Node:
    def __init__(self, value, *children):
        self.value = value
        self.children = children

    def __iter__(self):
        yield self.value
        for child in self.children:
            yield from child

    def depth_first(self, depth=0):
        yield depth, self.value
        for child in self.children:
            yield from child.depth_first(depth + 1)

tree = Node(1, Node(2, Node(4), Node(5)), Node(3, Node(6, Node(7))))
print(list(tree))
for depth, value in tree.depth_first():
    print("  " * depth + str(value))

def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i in range(len(items)):
        for rest in permutations(items[:i] + items[i + 1:]):
            yield [items[i]] + rest

print(["".join(p) for p in permutations("abc")])
print(len(list(permutations([1, 2, 3, 4, 5]))))

def subsets(items):
    if not items:
        yield []
        return
    for s in subsets(items[1:]):
        yield s
        yield [items[0]] + s

print(sorted(subsets([1, 2, 3])))

def hanoi(n, a="A", b="B", c="C"):
    if n:
        yield from hanoi(n - 1, a, c, b)
        yield (a, c)
        yield from hanoi(n - 1, b, a, c)

moves = list(hanoi(4))
print(len(moves), moves[:5])

def chain_of(n):
    if n == 0:
        yield "bottom"
        return "returned from bottom"
    result = yield from chain_of(n - 1)
    return result

def run_chain(n):
    g = chain_of(n)
    print(next(g))
    try:
        next(g)
    except StopIteration as e:
        print(n, e.value)

run_chain(1)
run_chain(200)

def deep_throw(n):
    if n == 0:
        try:
            yield "waiting"
        except KeyError as e:
            yield f"caught {e} at the bottom"
    else:
        yield from deep_throw(n - 1)

d = deep_throw(100)
print(next(d))
print(d.throw(KeyError("k")))
d.close()
