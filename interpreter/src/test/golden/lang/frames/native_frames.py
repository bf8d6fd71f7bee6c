# Frames of Python code called from built-in code: f_back is the Python caller of the built-in,
# and that caller's f_lineno is the line of the call (or of the operation) running.
import sys


def who():
    f = sys._getframe(1)
    return f.f_code.co_name, f.f_back.f_code.co_name, f.f_back.f_lineno


def key(v):
    f = sys._getframe()
    seen.append((f.f_back.f_code.co_name, f.f_back.f_lineno))
    return -v


seen = []


def sort_them():
    data = [3, 1, 2]
    return sorted(data,
                  key=key)


print(sort_them(), seen)
seen.clear()
print(min([5, 6], key=key), max([5, 6], key=lambda v: key(v)), seen)
seen.clear()
print(list(map(key, [1, 2])), seen)


class Item:
    def __init__(self, v):
        self.v = v
        f = sys._getframe()
        self.made_in = (f.f_back.f_code.co_name, f.f_back.f_lineno)

    def __repr__(self):
        f = sys._getframe(1)
        return "Item(%d@%s:%d)" % (self.v, f.f_code.co_name, f.f_lineno)

    def __eq__(self, other):
        f = sys._getframe(1)
        log.append(("eq", f.f_code.co_name, f.f_lineno))
        return isinstance(other, Item) and self.v == other.v

    def __hash__(self):
        return hash(self.v)

    def __lt__(self, other):
        return self.v < other.v

    def __add__(self, other):
        f = sys._getframe(1)
        log.append(("add", f.f_code.co_name, f.f_lineno))
        return Item(self.v + other.v)

    def __getitem__(self, i):
        log.append(("getitem", sys._getframe(1).f_lineno))
        return self.v * i

    def __setitem__(self, i, x):
        log.append(("setitem", sys._getframe(1).f_lineno))

    def __bool__(self):
        log.append(("bool", sys._getframe(1).f_lineno))
        return self.v != 0

    def __iter__(self):
        log.append(("iter", sys._getframe(1).f_lineno))
        return iter([self.v])

    @property
    def double(self):
        log.append(("property", sys._getframe(1).f_code.co_name, sys._getframe(1).f_lineno))
        return self.v * 2

    def __getattr__(self, name):
        log.append(("getattr", name, sys._getframe(1).f_lineno))
        return name


log = []


def build():
    a = Item(1)
    b = Item(2)
    print(a.made_in, b.made_in)
    print([a, b])
    c = a + b
    print(c.v, a == b, a.double, a.nothing)
    print(a[3])
    a[0] = 1
    if a:
        pass
    for x in b:
        pass
    d = {a: 1}
    print(d[Item(1)])
    print(sorted([b, a]))


build()
for entry in log:
    print(entry)


class Meta(type):
    def __call__(cls, *args):
        f = sys._getframe(1)
        print("meta call from", f.f_code.co_name, f.f_lineno)
        return super().__call__(*args)


class WithMeta(metaclass=Meta):
    def __init__(self):
        f = sys._getframe()
        chain = []
        while f is not None:
            chain.append(f.f_code.co_name)
            f = f.f_back
        print(chain)


def make():
    return WithMeta()


make()


def gen_inside():
    yield who()
    yield sys._getframe(1).f_code.co_name


print(list(gen_inside()))
print(*map(lambda _: who()[:2], [0]))
# ends the program: the comprehension is inlined, so who()'s caller is the module, whose f_back is None
print([who() for _ in range(1)])
