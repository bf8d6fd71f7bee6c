# stacklevel=3 from dunder methods names the line of the instruction that called them
import warnings
def w(msg):
    warnings.warn(msg, stacklevel=3)
class C:
    @property
    def p(self): return 1
    @p.setter
    def p(self, v): w("setter")
    def __iter__(self): w("iter"); return self
    def __next__(self):
        w("next")
        raise StopIteration
    def __contains__(self, x): w("contains"); return True
    def __neg__(self): w("neg"); return 1
    def __getitem__(self, k): w("getitem"); return 1
    def __enter__(self): w("enter"); return self
    def __exit__(self, *a): w("exit")
c = C()
print("x")
c.p = 5
print("x")
for _ in c:
    pass
print("x")
1 in c
print("x")
-c
print("x")
a, = [c[0]]
print("x")
with c:
    pass
print("x")
[x for x in c]
