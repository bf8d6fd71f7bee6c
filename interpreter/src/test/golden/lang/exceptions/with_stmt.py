# Context managers: __enter__ and __exit__, suppressing or not.
class Managed:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress

with Managed("a") as v:
    print("body", v)

with Managed("b", suppress=True):
    raise ValueError("suppressed")
print("after b")

try:
    with Managed("c"):
        raise KeyError("propagates")
except KeyError as e:
    print("caught", e)

with Managed("outer") as o, Managed("inner") as i:
    print(o, i)

def early():
    with Managed("ret"):
        return "returned"
print(early())

try:
    with 42:
        pass
except TypeError as e:
    print("TypeError:", e)
