def gen(name, n=5):
    try:
        for i in range(n):
            yield i
    finally:
        print("finally", name)

for x in gen("break"):
    if x == 2:
        break
print("after break")

def find():
    for x in gen("return"):
        if x == 1:
            return x
print("found", find())

try:
    for x in gen("raise"):
        if x == 3:
            raise ValueError("boom")
except ValueError as e:
    print("caught", e)

def outer():
    for x in gen("propagate"):
        raise KeyError(x)
try:
    outer()
except KeyError as e:
    print("caught", repr(e))

g = gen("kept")
for x in g:
    if x == 1:
        break
print("kept open, next is", next(g))
g.close()

for x in gen("exhausted", 2):
    pass
print("exhausted done")

print([x for x in gen("comp", 3)])

def ctx():
    class CM:
        def __enter__(self): print("enter"); return self
        def __exit__(self, *a): print("exit", a[0]); return False
    with CM():
        yield 1
        yield 2
for x in ctx():
    break
print("after with-gen")

def nested():
    for y in gen("inner"):
        yield y
for z in nested():
    if z == 1:
        break
print("after nested")

def catcher():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit")
        raise
for v in catcher():
    break
print("end")
