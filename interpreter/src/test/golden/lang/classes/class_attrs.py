# Class attributes are shared until an instance shadows them.
class Counter:
    instances = 0
    tags = []

    def __init__(self, tag):
        Counter.instances += 1
        self.tags.append(tag)

a = Counter("a")
b = Counter("b")
print(Counter.instances, a.instances, b.tags)
a.instances = 100
print(Counter.instances, a.instances, b.instances)
del a.instances
print(a.instances)
Counter.extra = "added later"
print(b.extra)
print(hasattr(a, "missing"), getattr(a, "missing", "default"))
setattr(a, "dynamic", 7)
print(a.dynamic, vars(a))
delattr(a, "dynamic")
print(vars(a))
