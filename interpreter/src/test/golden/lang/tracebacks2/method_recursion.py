class Tree:
    def __init__(self, children):
        self.children = children

    def depth(self):
        return 1 + max(c.depth() for c in self.children)

t = Tree([Tree([Tree([])])])
print(t.depth())
