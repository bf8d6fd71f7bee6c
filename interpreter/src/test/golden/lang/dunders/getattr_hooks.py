# __getattr__ runs only for missing attributes; __setattr__ and __delattr__ intercept all.
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "log", [])
    def __getattr__(self, name):
        self.log.append("get " + name)
        return getattr(self._target, name)
    def __setattr__(self, name, value):
        self.log.append("set " + name)
        setattr(self._target, name, value)
    def __delattr__(self, name):
        self.log.append("del " + name)
        delattr(self._target, name)

class Target:
    pass

t = Target()
p = Proxy(t)
p.color = "red"
print(p.color, t.color)
del p.color
print(hasattr(t, "color"))
print(p.log)

class Dynamic:
    def __getattr__(self, name):
        if name.startswith("x"):
            return name.upper()
        raise AttributeError("no " + name)

d = Dynamic()
print(d.xyz, getattr(d, "abc", "default"), hasattr(d, "x1"), hasattr(d, "q"))

class Everything:
    def __getattribute__(self, name):
        return "attr:" + name
print(Everything().anything, Everything().__class__)
