# __init_subclass__, __set_name__, and __class_getitem__ hooks.
class Plugin:
    registry = {}

    def __init_subclass__(cls, key=None, **kwargs):
        super().__init_subclass__(**kwargs)
        Plugin.registry[key or cls.__name__] = cls

class Alpha(Plugin, key="a"):
    pass

class Beta(Plugin):
    pass

print(sorted(Plugin.registry), Plugin.registry["a"] is Alpha)

class Named:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name

class Holder:
    first = Named()
    second = Named()

print(Holder.first.name, Holder.second.name)

class Box:
    def __class_getitem__(cls, item):
        return cls.__name__ + "[" + item.__name__ + "]"

print(Box[int], list[int], dict[str, list[int]])
