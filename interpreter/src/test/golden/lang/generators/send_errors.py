# Error cases of the generator protocol.
def g():
    x = yield 1
    print("got", x)
    yield 2

it = g()
try:
    it.send(5)
except TypeError as e:
    print(type(e).__name__, e)
print(it.send(None))
print(it.send("value"))
try:
    it.send(1)
except StopIteration as e:
    print("StopIteration", e.args)
try:
    it.send(2)
except StopIteration as e:
    print("exhausted send", e.args)

def reenter():
    yield next(me)

me = reenter()
try:
    next(me)
except ValueError as e:
    print(type(e).__name__, e)
print(list(me))

def send_self():
    yield me2.send(None)

me2 = send_self()
try:
    me2.send(None)
except ValueError as e:
    print(type(e).__name__, e)

def close_self():
    me3.close()
    yield 1

me3 = close_self()
try:
    next(me3)
except ValueError as e:
    print(type(e).__name__, e)

def throw_self():
    me4.throw(KeyError("k"))
    yield 1

me4 = throw_self()
try:
    next(me4)
except ValueError as e:
    print(type(e).__name__, e)

try:
    next(g)
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(5)
except TypeError as e:
    print(type(e).__name__, e)
gen = g()
print(iter(gen) is gen)
try:
    gen.send()
except TypeError as e:
    print(type(e).__name__, e)
try:
    gen.send(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    gen.close(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    gen.throw()
except TypeError as e:
    print(type(e).__name__, e)
gen.close()
print(list(gen))
try:
    gen.send(None)
except StopIteration as e:
    print("closed send", e.args)
