def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

class Show:
    def __getitem__(self, k):
        return k
    def __setitem__(self, k, v):
        print('set', k, v)
    def __delitem__(self, k):
        print('del', k)
s = Show()
print(s[1], s[1:2], s[:], s[::2], s[1:2:3], s[:, 1], s[..., None], s[1, 2:3], s['a'], s[-1:])
sl = s[1:'x':None]
print(type(sl).__name__, sl.start, sl.stop, sl.step, sl)
s[0] = 'v'
s[1:3] = [1]
s[::2] = 'z'
del s[5:]
s[1, 2] = 3
print(slice(1, 10, 2).indices(5), slice(None).indices(3), slice(-3, None).indices(10), slice(None, None, -1).indices(4))
t(lambda: slice(1, 2, 0).indices(5))
t(lambda: slice(1).indices(-1))
print(slice(5), slice(1, 2), slice(1, 2) == slice(1, 2), slice(1, 2) < slice(1, 3))
t(lambda: hash(slice(1, 2)) is not None)
t(lambda: slice())
t(lambda: slice(1, 2, 3, 4))

class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
data = list(range(10))
print(data[Idx(2):Idx(8):Idx(2)], 'abcdef'[Idx(-2):], (1, 2, 3)[Idx(1)])
t(lambda: data['a':])
t(lambda: data[1.5:])
t(lambda: 'abc'[::0])
t(lambda: data[::Idx(0)])
t(lambda: data[10])
t(lambda: data[-11])
t(lambda: (1,)[5])
t(lambda: 'x'[1])
t(lambda: range(3)[3])
t(lambda: {}['k'])
t(lambda: {}[[]])
none, five = None, 5
t(lambda: none[0])
t(lambda: five[0])
t(lambda: type.__getitem__)
t(lambda: int[0])
print(data[100:], data[-100:2], data[5:2], data[::-3], data[8:2:-2])

class NoSet:
    def __getitem__(self, k):
        return 1
def set_noset():
    NoSet()[0] = 1
t(set_noset)
def set_tuple():
    (1, 2)[0] = 5
t(set_tuple)
def set_str():
    'ab'[0] = 'c'
t(set_str)
def set_slice_wrong():
    l = [1, 2, 3]
    l[::2] = [1]
t(set_slice_wrong)
def set_slice_non_iter():
    l = [1, 2]
    l[:] = 5
t(set_slice_non_iter)
def set_range():
    range(3)[0] = 1
t(set_range)
l = [0, 1, 2, 3, 4]
l[1:4] = 'ab'
print(l)
l[:0] = [9]
l[len(l):] = [8]
print(l)
l[::-1] = l[:]
print(l)

class Grid:
    def __init__(self):
        self.cells = {}
    def __getitem__(self, pos):
        r, c = pos
        return self.cells.get((r, c), '.')
    def __setitem__(self, pos, v):
        self.cells[pos] = v
g = Grid()
g[0, 1] = 'x'
g[2, 2] = 'o'
print('\n'.join(''.join(g[r, c] for c in range(3)) for r in range(3)))
t(lambda: g[1])

class ClassGet:
    def __class_getitem__(cls, item):
        return (cls.__name__, item)
print(ClassGet[int], ClassGet[1:2])
t(lambda: ClassGet()[0])
