# __slots__ replaces the instance dict with fixed attributes.
class P:
    __slots__ = ("x", "y")
    def __init__(self, x):
        self.x = x

p = P(1)
print(p.x, hasattr(p, "__dict__"), type(P.x).__name__)
try:
    p.y
except AttributeError as e:
    print("AttributeError:", e)
p.y = 2
print(p.y)
del p.y
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)

class Q(P):
    __slots__ = ("z",)

q = Q(5)
q.z = 6
print(q.x, q.z, Q.__slots__)

class R(P):
    pass

r = R(7)
r.anything = 8
print(r.anything, r.__dict__)
