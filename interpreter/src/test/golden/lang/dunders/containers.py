# The container protocol: __len__, __getitem__, __setitem__, __delitem__, __contains__, __iter__.
class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
    def __len__(self):
        return self.w * self.h
    def __getitem__(self, key):
        x, y = key
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError("cell out of range")
        return self.cells.get(key, ".")
    def __setitem__(self, key, value):
        self.cells[key] = value
    def __delitem__(self, key):
        del self.cells[key]
    def __contains__(self, value):
        return value in self.cells.values()
    def __iter__(self):
        return iter(sorted(self.cells))

g = Grid(3, 2)
g[0, 0] = "a"
g[2, 1] = "b"
print(len(g), g[0, 0], g[1, 1], "b" in g, "z" in g)
print(list(g))
del g[0, 0]
print(list(g), bool(g))
try:
    g[5, 5]
except IndexError as e:
    print("IndexError:", e)

class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * i

print(list(Seq()), 9 in Seq(), 5 in Seq())
print([x for x in Seq()])

class Empty:
    def __len__(self):
        return 0
print(bool(Empty()), len(Empty()))
