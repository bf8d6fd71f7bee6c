# copy.copy, copy.deepcopy and copy.replace, as learners use them
import copy

grid = [[0] * 3 for _ in range(2)]
shallow = copy.copy(grid)
deep = copy.deepcopy(grid)
grid[0][0] = 9
print(shallow, deep, shallow is grid, shallow[0] is grid[0], deep[0] is grid[0])

config = {"name": "x", "tags": ["a", "b"], "nested": {"k": [1, {"z": 2}]}}
c2 = copy.deepcopy(config)
c2["nested"]["k"][1]["z"] = 99
c2["tags"].append("c")
print(config)
print(c2)
c3 = copy.copy(config)
c3["tags"].append("shared")
print(config["tags"], c3 is config, c3 == config)

# recursive structures and shared references
a = [1]
a.append(a)
b = copy.deepcopy(a)
print(b[1] is b, b is not a, len(b))
shared = [1, 2]
pair = [shared, shared]
dp = copy.deepcopy(pair)
print(dp[0] is dp[1], dp[0] is shared)
d = {}
d["self"] = d
dd = copy.deepcopy(d)
print(dd["self"] is dd, dd is not d)
t = ([],)
t[0].append(t)
tt = copy.deepcopy(t)
print(tt is not t, tt[0][0] is tt)

# immutables come back as themselves
for v in (1, 2.5, "s", b"b", None, True, (1, 2), frozenset([1]), range(3), len, int, Ellipsis, 3j):
    print(type(v).__name__, copy.copy(v) is v, copy.deepcopy(v) is v)
tup = (1, [2])
print(copy.deepcopy(tup) is tup, copy.deepcopy(tup) == tup, copy.copy(tup) is tup)

# sets, bytearrays, slices
s = {1, 2, 3}
print(copy.copy(s) == s, copy.copy(s) is s, copy.deepcopy(s) == s, copy.deepcopy(s) is s)
ba = bytearray(b"ab")
print(copy.copy(ba), copy.deepcopy(ba) is ba)
sl = slice(1, 5)
print(copy.copy(sl), copy.deepcopy(sl))
fs = frozenset([(1, 2)])
print(copy.deepcopy(fs))


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"


p = Point(1, [2])
p2 = copy.copy(p)
p3 = copy.deepcopy(p)
p.y.append(3)
print(p, p2, p3, type(p3) is Point)


class Node:
    def __init__(self, value):
        self.value = value
        self.children = []
        self.parent = None

    def add(self, child):
        child.parent = self
        self.children.append(child)
        return child


root = Node("root")
kid = root.add(Node("kid"))
kid.add(Node("grandkid"))
r2 = copy.deepcopy(root)
print(r2.children[0].parent is r2, r2.children[0] is not kid, r2.children[0].children[0].value)


class Slots:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = [1]


s1 = Slots()
s2 = copy.copy(s1)
s3 = copy.deepcopy(s1)
print(s2.a is s1.a, s3.a == s1.a, s3.a is s1.a, hasattr(s3, "b"))


class Custom:
    def __init__(self, v):
        self.v = v

    def __copy__(self):
        print("__copy__ called")
        return Custom(self.v + [1])

    def __deepcopy__(self, memo):
        print("__deepcopy__ called", type(memo).__name__)
        return Custom(copy.deepcopy(self.v, memo))


c = Custom([1])
print(copy.copy(c).v, copy.deepcopy(c).v)
print(copy.deepcopy([c, c])[0].v)


class WithState:
    def __init__(self):
        self.secret = "s"
        self.data = [1]

    def __getstate__(self):
        print("getstate")
        return {"data": self.data}

    def __setstate__(self, state):
        print("setstate", state)
        self.__dict__.update(state)


w = copy.deepcopy(WithState())
print(vars(w))


class Reduced:
    def __init__(self, a):
        self.a = a

    def __reduce__(self):
        return (Reduced, (self.a * 2,))


print(copy.copy(Reduced(2)).a, copy.deepcopy(Reduced([1])).a)


class AsString:
    def __reduce__(self):
        return "AsString"


x = AsString()
print(copy.copy(x) is x, copy.deepcopy(x) is x)


class MyList(list):
    pass


ml = MyList([1, [2]])
ml.attr = "a"
ml2 = copy.deepcopy(ml)
print(type(ml2).__name__, ml2, ml2.attr, ml2[1] is ml[1])
ml3 = copy.copy(ml)
print(type(ml3).__name__, ml3, ml3[1] is ml[1])


class MyDict(dict):
    pass


md = MyDict(a=[1])
md2 = copy.deepcopy(md)
print(type(md2).__name__, md2, md2["a"] is md["a"])


class MyInt(int):
    pass


mi = copy.deepcopy(MyInt(7))
print(type(mi).__name__, mi)

# memo
memo = {}
lst = [1, 2]
first = copy.deepcopy(lst, memo)
second = copy.deepcopy(lst, memo)
print(first is second, id(lst) in memo)


# methods and functions
class Counter:
    def __init__(self):
        self.n = 0

    def bump(self):
        self.n += 1
        return self.n


cn = Counter()
m = copy.deepcopy(cn.bump)
print(m(), cn.n, m.__self__ is not cn)
print(copy.copy(cn.bump) == cn.bump)

# copy.replace (3.13)


class Config:
    def __init__(self, host, port):
        self.host = host
        self.port = port

    def __replace__(self, **changes):
        values = {"host": self.host, "port": self.port}
        values.update(changes)
        return Config(**values)


cfg = copy.replace(Config("h", 1), port=2)
print(cfg.host, cfg.port)
try:
    copy.replace([1], x=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    copy.replace(Config("h", 1), nope=1)
except TypeError as e:
    print(type(e).__name__, e)

# errors
print(copy.Error is copy.error, issubclass(copy.Error, Exception))
for obj in ((x for x in []), property()):
    try:
        copy.copy(obj)
    except TypeError as e:
        print(type(e).__name__, e)


class NoReduce:
    __reduce_ex__ = None
    __reduce__ = None


try:
    copy.copy(NoReduce())
except copy.Error as e:
    print(type(e).__name__, e)
try:
    copy.deepcopy(NoReduce())
except copy.Error as e:
    print(type(e).__name__, e)

import copyreg


class Registered:
    pass


copyreg.pickle(Registered, lambda r: (str, ("via dispatch_table",)))
print(copy.copy(Registered()), copy.deepcopy(Registered()))
print(copy.__all__)
copy.deepcopy([iter([])])
