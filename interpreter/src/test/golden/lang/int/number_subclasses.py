# Subclasses of int, float and complex: reflected operators of the subclass first, results of plain types.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
class I(int):
    def __radd__(self, o): return 'I.radd'
class F(float):
    def __rsub__(self, o): return 'F.rsub'
class C(complex):
    def __rmul__(self, o): return 'C.rmul'
t(1, lambda: 1 + I(2))
t(2, lambda: 1.0 - F(2))
t(3, lambda: 2 * C(1))
t(4, lambda: 1j * C(1))
t(5, lambda: I(5) + 1)
t(6, lambda: type(I(5) * 2).__name__)
t(7, lambda: type(-F(2)).__name__)
t(8, lambda: type(abs(C(-1))).__name__)
t(9, lambda: divmod(I(7), 2))
t(10, lambda: pow(I(2), 3, 5))
t(11, lambda: round(F(2.5)))
t(12, lambda: round(F(2.567), 2))
t(13, lambda: F(1.5).as_integer_ratio())
t(14, lambda: int(F(3.9)))
t(15, lambda: float(I(3)))
t(16, lambda: complex(I(1), F(2)))
t(17, lambda: I(3) == 3.0)
t(18, lambda: hash(I(3)) == hash(3))
t(19, lambda: (3).__radd__(I(1)))
t(20, lambda: 2 ** I(3))
t(21, lambda: [1,2,3][I(1)])
t(22, lambda: range(I(3)))
t(23, lambda: I(3).__index__())
t(24, lambda: type(I(3).__index__()).__name__)
t(25, lambda: str(I(7)))
t(26, lambda: repr(F(0.1)))
t(27, lambda: repr(C(1,2)))
t(28, lambda: 7 // I(2))
t(29, lambda: 1.5 // F(0.5))
t(30, lambda: 2 ** -I(1))
t(31, lambda: True + 1j)
t(32, lambda: (1 + 2j) ** (2 + 0j))
t(33, lambda: (2**63) + 1j)
t(34, lambda: 1 - 2**64 * 1.0)
t(35, lambda: 0.1 + 2**63)
t(36, lambda: 2**1100 / 2**1000)
t(37, lambda: (-2**1100) // 3.0)
t(38, lambda: 2**1100 % 3.0)
t(39, lambda: divmod(2**1100, 3.0))
