def t(f):
    try:
        print(f())
    except BaseException as e:
        print(type(e).__name__, e)
# super() corner cases
class A:
    def m(self): return 'A.m'
    @classmethod
    def cm(cls): return 'A.cm ' + cls.__name__
class B(A):
    def m(self): return 'B>' + super().m()
    @classmethod
    def cm(cls): return 'B>' + super().cm()
    def gen(self):
        yield super().m()
    async def coro(self):
        return super().m()
    def __init_subclass__(cls):
        super().__init_subclass__()
        print('B.__init_subclass__', cls.__name__)
class C(B):
    pass
print(C().m(), C.cm(), next(C().gen()))
co = C().coro()
try:
    co.send(None)
except StopIteration as e:
    print('coro', e.value)
sup = super(B, C())
t(lambda: sup.m())
t(lambda: setattr(sup, 'x', 1))
t(lambda: sup.__class__)
t(lambda: super(B, C).m())
t(lambda: super(B, C).m(C()))
t(lambda: super(B, C()).cm())
t(lambda: super(A, A()).m())
t(lambda: super(object, A()).__repr__()[:10])
t(lambda: super(B, A()))
t(lambda: super(B, A))
t(lambda: super(B, 1))
t(lambda: super(1, 1))
t(lambda: super(B, B()).__init__())
t(lambda: super(int, True).__add__(1))
t(lambda: super(bool, True).__repr__())
class Meta(type):
    def __call__(cls, *a):
        inst = super().__call__(*a)
        inst.tagged = True
        return inst
    def __new__(m, name, bases, ns):
        ns['by_meta'] = name
        return super().__new__(m, name, bases, ns)
class K(metaclass=Meta):
    def __init__(self, v):
        self.v = v
k = K(3)
print(k.v, k.tagged, K.by_meta)
class Prop(A):
    @property
    def p(self):
        return super().m()
    @p.setter
    def p(self, v):
        print('setter uses super', super().m(), v)
pr = Prop()
print(pr.p)
pr.p = 1
def outside(self):
    return super(Prop, self).m()
Prop.outside = outside
print(Prop().outside())
class Static(A):
    @staticmethod
    def s():
        return super(Static, Static()).m()
print(Static.s())
class WithCell(A):
    def get_class(self):
        return __class__
print(WithCell().get_class().__name__, WithCell.get_class.__code__.co_freevars)
class ClsBody:
    try:
        super()
    except RuntimeError as e:
        print('RuntimeError in class body:', e)
