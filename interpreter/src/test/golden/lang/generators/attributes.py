# Generator attributes: names, state flags, frame, code, yieldfrom; repr.
def outer_function():
    def inner_gen():
        yield 1
    return inner_gen()

g = outer_function()
print(repr(g).split(" at ")[0])
print(g.__name__, g.__qualname__)
g.__name__ = "renamed"
g.__qualname__ = "Q.renamed"
print(g.__name__, g.__qualname__, repr(g).split(" at ")[0])
for bad in [1, None]:
    try:
        g.__name__ = bad
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        g.__qualname__ = bad
    except TypeError as e:
        print(type(e).__name__, e)

class K:
    def method(self):
        yield self

print(K().method().__qualname__)

def states():
    print("running inside:", me.gi_running, me.gi_suspended)
    yield 1
    yield 2

me = states()
print(me.gi_running, me.gi_suspended, me.gi_frame is None)
next(me)
print(me.gi_running, me.gi_suspended, me.gi_frame is None)
print(me.gi_frame.f_lineno)
next(me)
print(me.gi_frame.f_lineno)
print(list(me))
print(me.gi_running, me.gi_suspended, me.gi_frame)
print(type(me.gi_code).__name__)

def sub():
    yield "s"

def delegator():
    yield from sub()
    yield "own"

d = delegator()
print(d.gi_yieldfrom)
next(d)
print(d.gi_yieldfrom.__name__, d.gi_yieldfrom.gi_running)
next(d)
print(d.gi_yieldfrom)
d.close()

try:
    g.gi_running = True
except AttributeError as e:
    print(type(e).__name__, e)
try:
    g.unknown
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(g, "send"), hasattr(g, "throw"), hasattr(g, "close"), hasattr(g, "__next__"), hasattr(g, "__iter__"))
print(type(g).__name__, type(g).__qualname__)
print(g.__next__(), callable(g.__next__))
try:
    g.__next__()
except StopIteration as e:
    print("StopIteration", e.args)

def with_return():
    yield 1
    return 42

wr = with_return()
wr.__next__()
try:
    wr.__next__()
except StopIteration as e:
    print("__next__ gives the value:", e.value)

# the frame of a generator not started yet, and of a suspended one
def outer():
    x = 1
    def g():
        nonlocal x
        yield x
    return g()
gg = outer()
print(gg.gi_frame.f_lineno, repr(gg.gi_frame).split(",")[1:])
next(gg)
print(gg.gi_frame.f_lineno, gg.gi_frame.f_code is gg.gi_code, gg.gi_frame.f_back, gg.gi_frame.f_lasti > 0)
