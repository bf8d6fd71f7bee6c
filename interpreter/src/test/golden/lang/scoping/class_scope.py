# Class bodies have their own scope, not visible from methods.
x = "module"

class K:
    x = "class"
    y = x + "!"
    doubled = [x * 2 for x in "ab"]

    def method(self):
        return x

    names = [n for n in ("a", "b")]

print(K.y, K.doubled, K().method(), K.names)

def f():
    v = "enclosing"
    class Inner:
        w = v
        def get(self):
            return v
    return Inner

I = f()
print(I.w, I().get())

class Counter:
    total = 0
    def add(self):
        Counter.total += 1
        return Counter.total

c = Counter()
c.add(); c.add()
print(Counter.total)
