# Recursion over a tree of objects: building, summing, printing.
class Tree:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)

    def total(self):
        return self.value + sum([c.total() for c in self.children])

    def depth(self):
        return 1 + max([c.depth() for c in self.children], default=0)

    def render(self, indent=0):
        lines = [" " * indent + str(self.value)]
        for c in self.children:
            lines.extend(c.render(indent + 2))
        return lines

def build(n):
    if n == 0:
        return Tree(1)
    return Tree(n, [build(n - 1), build(n - 2) if n > 1 else Tree(0)])

t = build(4)
print(t.total(), t.depth())
print("\n".join(t.render()))
