# yield from: delegation of next/send/throw/close and the value of the expression.
def inner(label):
    received = yield f"{label} start"
    while received != "stop":
        received = yield f"{label} got {received}"
    return f"{label} result"

def outer():
    first = yield from inner("A")
    print("first:", first)
    second = yield from inner("B")
    print("second:", second)
    return [first, second]

o = outer()
print(next(o))
print(o.send(1))
print(o.send("stop"))
print(o.send(2))
try:
    o.send("stop")
except StopIteration as e:
    print("outer returned", e.value)

def flatten(items):
    for item in items:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item

print(list(flatten([1, [2, [3, [4, 5]], 6], [[7]], 8])))

def from_iterables():
    yield from [1, 2]
    yield from (3, 4)
    yield from range(5, 7)
    yield from "ab"
    yield from {"k": 1, "j": 2}
    r = yield from []
    print("value of yield from a list:", r)

print(list(from_iterables()))

class Counter:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration(f"counted {self.n}")
        self.i += 1
        return self.i

def delegate_to_iterator():
    result = yield from Counter(3)
    yield result

print(list(delegate_to_iterator()))

def catching_inner():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("inner caught", e)
        yield "inner recovered"
    finally:
        print("inner finally")

def passing_outer():
    try:
        yield from catching_inner()
    finally:
        print("outer finally")

p = passing_outer()
print(next(p))
print(p.throw(ValueError("via outer")))
p.close()

p2 = passing_outer()
next(p2)
try:
    p2.throw(KeyError("unhandled"))
except KeyError as e:
    print("KeyError reached caller", e)

class WithThrow:
    def __iter__(self):
        return self
    def __next__(self):
        return "item"
    def throw(self, exc):
        print("WithThrow.throw got", repr(exc))
        return "thrown item"
    def close(self):
        print("WithThrow.close")

class WithoutThrow:
    def __iter__(self):
        return self
    def __next__(self):
        return "plain"

def over(obj):
    try:
        yield from obj
    except ValueError as e:
        yield f"outer handled {e}"

w = over(WithThrow())
print(next(w))
print(w.throw(ValueError("x")))
w.close()
n = over(WithoutThrow())
print(next(n))
print(n.throw(ValueError("y")))
n.close()

def send_to_plain():
    yield from iter([1, 2, 3])

s = send_to_plain()
print(next(s))
try:
    s.send("not None")
except AttributeError as e:
    print(type(e).__name__, e)

def gen_returning_on_throw():
    try:
        yield 1
    except ValueError:
        return "returned after throw"

def wrapper():
    v = yield from gen_returning_on_throw()
    yield f"wrapper got {v}"

wr = wrapper()
next(wr)
print(wr.throw(ValueError))

def chain(*its):
    for it in its:
        yield from it

print(list(chain("ab", [1, 2], range(2))))

def not_iterable():
    yield from 5

try:
    list(not_iterable())
except TypeError as e:
    print(type(e).__name__, e)
