# reductions of built-in objects: set and bytearray subclasses, descriptors, wrappers, copies of iterators
import copy
class S(set): pass
s = S([1, 2]); s.tag = 1
print(s.__reduce_ex__(2), s.__reduce__())
class F(frozenset): pass
print(F([3]).__reduce_ex__(2))
ba = bytearray(b"ab")
for p in range(6): print(p, ba.__reduce_ex__(p))
print(bytearray().__reduce_ex__(4), ba.__reduce__())
print(copy.deepcopy(s), type(copy.deepcopy(s)).__name__, copy.deepcopy(s).tag)
e = enumerate("ab", 2**70); next(e); print(e.__reduce__()[1][1])
d = {1: 2}
it = iter(d); d[3] = 4
try: print(it.__reduce__())
except Exception as ex: print(type(ex).__name__, ex)
for o in (int.__add__, (1).__add__, object.__init__, print.__call__, classmethod(len), staticmethod(len)):
    try: print(o.__reduce_ex__(2)[:2])
    except Exception as ex: print(type(ex).__name__, ex)
class G:
    __getstate__ = None
try: copy.copy(G())
except Exception as ex: print(type(ex).__name__, ex)
class NoNew:
    def __reduce_ex__(self, p): return (NoNew, (), {"a": 1}, iter([]), None)
n = copy.copy(NoNew()); print(n.a)
print(copy.deepcopy({"k": {1, 2}, "t": (1, [2]), "f": frozenset({3})}))

print(copy.deepcopy(range(3)), copy.copy([1].__iter__()).__class__.__name__)
x = iter([1, 2, 3]); next(x); y = copy.copy(x); print(list(y), list(x))
