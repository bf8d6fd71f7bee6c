def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
print(bool(L(0)), bool(L(3)), len(L(5)), not L(0))
t(lambda: len(L(-1)))
t(lambda: bool(L(-1)))
t(lambda: len(L('x')))
t(lambda: len(L(1.0)))
t(lambda: len(L(2 ** 100)))
t(lambda: bool(L(2 ** 100)))
t(lambda: len(L(None)))
class Idx:
    def __index__(self):
        return 4
print(len(L(Idx())), len(L(True)))

class B:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        return self.v
    def __len__(self):
        return 100
print(bool(B(False)), bool(B(True)))
t(lambda: bool(B(1)))
t(lambda: bool(B('x')))
t(lambda: bool(B(None)))
class BoolSub(int):
    pass
t(lambda: not B(0))
if B(True):
    print('if ok')
while B(False):
    pass
print('and/or', B(False) and 1, (B(True) or 2).v, [x for x in [1, 2] if L(x - 1)])
print(bool(object()), bool(B), len([1]))
t(lambda: len(object()))
t(lambda: len(5))
t(lambda: len(iter([])))
class NoneLen:
    __len__ = None
t(lambda: len(NoneLen()))
t(lambda: bool(NoneLen()))
class NoneBool:
    __bool__ = None
t(lambda: bool(NoneBool()))
print(bool(0.0), bool(''), bool(()), bool({}), bool(range(0)), bool(range(1)), bool(0j), bool(b''), bool(None))
x = L(0)
print(x or 'fallback', L(2) and 'second')
print(1 if L(0) else 2, any([L(0), L(0)]), all([L(1), L(2)]))
print(list(filter(None, [L(0), 1, 0, '', 'a']))[1:])
