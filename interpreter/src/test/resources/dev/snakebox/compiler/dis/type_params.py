def f[T: int, *Ts, **P](x: T, *a: *Ts) -> T:
    return x
class C[T, U: (int, str) = int](Base):
    def m(self) -> U:
        return T
type A = int
type B[T] = list
type Cc[T: D = E, *Ts = *F, **P = G] = T
class Outer:
    type In = Outer
    def g[V](self, v: V): return V
def defaults[T = int](a=1, *, k=2): pass
class K[__T]:
    __x = 1


def outer():
    x = 1
    type Local[T] = (x, T)
    def generic[U](a: U) -> U:
        return x
    return Local, generic


class WithMethod[T]:
    def method(self, a: T) -> T:
        return __class__


type Recursive = Recursive | None
