# list.sort: keys called once each, in order; errors from __lt__ and keys; modification during the sort.

calls = []


def key(x):
    calls.append(x)
    return -x


a = [3, 1, 2, 5, 4]
a.sort(key=key)
print(a, calls)

# an exception from a key function: the list is unchanged
b = [1, 2, 3, 0, 5]


def bad_key(x):
    return 10 // x


try:
    b.sort(key=bad_key)
except ZeroDivisionError as e:
    print(type(e).__name__, e, b)


class Boom:
    n = 0

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        Boom.n += 1
        if Boom.n == 40:
            raise RuntimeError("boom at compare 40")
        return self.v < other.v

    def __repr__(self):
        return str(self.v)


vals = [(i * 7919) % 101 for i in range(101)]
c = [Boom(v) for v in vals]
try:
    c.sort()
except RuntimeError as e:
    print(type(e).__name__, e)
print("permutation:", sorted(x.v for x in c) == sorted(vals), len(c))

# failures deep in a merge (galloping) leave a permutation too
for stop in (300, 700, 1100, 1500):
    Boom.n = -stop + 40
    vals = [(i * 7919) % 1009 for i in range(1009)]
    c = [Boom(v) for v in vals]
    try:
        c.sort()
        print("no error", stop)
    except RuntimeError as e:
        print(stop, type(e).__name__, e, sorted(x.v for x in c) == sorted(vals))

# list modified during sort
d = [3, 2, 1]


def mutate(x):
    d.append(x)
    return x


try:
    d.sort(key=mutate)
except ValueError as e:
    print(type(e).__name__, e, d)

e = [5, 4, 3, 2, 1]


class Clearer:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        e.clear()
        return self.v < other.v


e = [Clearer(v) for v in [5, 4, 3, 2, 1]]
try:
    e.sort()
except ValueError as ex:
    print(type(ex).__name__, ex, [x.v for x in e])

# an __lt__ that appends to the list being sorted
m = []


class Appender:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        m.append(0)
        return self.v < other.v


m.extend(Appender(v) for v in [4, 2, 3, 1])
try:
    m.sort()
except ValueError as ex:
    print(type(ex).__name__, ex, [x.v for x in m])

# the list looks empty inside a key function
seen = []
f = [1, 2, 3]
f.sort(key=lambda x: seen.append(len(f)) or x)
print(seen, f)

# __lt__ returning NotImplemented: the reflected __gt__ answers
class N:
    log = []

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        N.log.append("lt")
        return NotImplemented

    def __gt__(self, other):
        N.log.append("gt")
        return self.v > other.v


g = [N(2), N(1), N(3)]
g.sort()
print([x.v for x in g], N.log)

# mixed types compare safely, and fail with CPython's message
try:
    [1, "a", 2].sort()
except TypeError as e:
    print(type(e).__name__, e)
h = [3, 1.5, True, 2, -1.0]
h.sort()
print(h)
t = [(2, "b"), (1, "z"), (2, "a"), (1, "a", 0), (1,)]
t.sort()
print(t)
t.sort(reverse=True)
print(t)
print(sorted([(1, 2), (1, 1.5), (0, 9)], reverse=True))
print(sorted(["b", "a", "\U0001F600", "\uffff", "ab", ""]))
print(sorted([10 ** 30, -10 ** 30, 5, 0, 10 ** 19]))
print(sorted([2.5, float("-inf"), 0.0, -0.0, 1e300]))
# sort keyword-only arguments
try:
    [1].sort(None)
except TypeError as e:
    print(type(e).__name__, e)
print(sorted("hello world"))
[3, 1, 2].sort(key=lambda x: x, reverse=1)
[Boom(2), Boom(1)].sort(key=lambda b: b.v)
# an uncaught error from a comparison ends the program with a traceback
[1, 2, None].sort()
