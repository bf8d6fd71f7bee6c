# Containers that contain themselves print with "...".
a = [1, 2]
a.append(a)
print(a)
d = {"k": 1}
d["self"] = d
print(d)
t = ([],)
t[0].append(t)
print(t)

class Node:
    def __init__(self, name):
        self.name = name
        self.links = []
    def __repr__(self):
        return "Node(" + self.name + ", " + repr(len(self.links)) + " links)"

n = Node("n")
n.links.append(n)
print(n, n.links)
