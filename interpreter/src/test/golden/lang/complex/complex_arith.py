# complex arithmetic, powers and their errors, abs and conjugate.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

a = 1 + 2j
b = 3 - 1j
print(a + b, a - b, a * b, a / b, a ** 2, a ** -1, a + 1, 1 + a, a * 2.5, 2.5 * a, a / 2, 2 / a, -a, +a, abs(3 + 4j))
print(a + True, a * 2 ** 10, (1e200 + 1e200j) ** 2, 1e300j * 1e300j, (0.5 + 0.5j) ** 10, 1j ** 2, 1j ** 3, 1j ** 4)
print(1j ** 101, 1j ** 0.0, 1j ** 0.5, 2 ** 0.5j, (1 + 1j) ** (1 + 1j), (-1) ** 0.5, (-1.0) ** (1 / 3), 0j ** 0, 0j ** 2)
show("1j / 0", lambda: 1j / 0)
show("1j / 0j", lambda: 1j / 0j)
show("1 / 0j", lambda: 1 / 0j)
show("0j ** -1", lambda: 0j ** -1)
show("0j ** 1j", lambda: 0j ** 1j)
show("0j ** (-1+0j)", lambda: 0j ** (-1 + 0j))
show("(1e200+1j) ** 200", lambda: (1e200 + 1j) ** 200)
show("(1e200+1j) ** 200.5", lambda: (1e200 + 1j) ** 200.5)
show("1j // 1", lambda: 1j // 1)
show("1j % 1", lambda: 1j % 1)
show("divmod(1j, 1)", lambda: divmod(1j, 1))
show("1j < 2j", lambda: 1j < 2j)
show("1j > 1", lambda: 1j > 1)
show("1j + 'a'", lambda: 1j + "a")
show("1j << 1", lambda: 1j << 1)
show("~1j", lambda: ~1j)
show("abs(complex(1e308, 1e308))", lambda: abs(complex(1e308, 1e308)))
show("abs(complex(float('inf'), float('nan')))", lambda: abs(complex(float("inf"), float("nan"))))
show("abs(complex(float('nan'), 1))", lambda: abs(complex(float("nan"), 1)))
show("1j + 2**2000", lambda: 1j + 2 ** 2000)
show("int(1j)", lambda: int(1j))
show("float(1j)", lambda: float(1j))
show("round(1j)", lambda: round(1j))
show("(1j).__pow__(2, 3)", lambda: (1j).__pow__(2, 3))
show("(1j).__rpow__(2)", lambda: (1j).__rpow__(2))
print(a.conjugate(), a.real, a.imag, type(a.real).__name__, (5j).conjugate(), (-0.0 + 0j).conjugate(), a.__complex__())
print(a == 1 + 2j, a != b, 1 + 0j == 1, 1 + 0j == 1.0, 1 + 0j == True, 1j == 1, (2 ** 53 + 1) + 0j == 2 ** 53 + 1)
print(hash(1 + 0j) == hash(1), hash(2.5 + 0j) == hash(2.5), hash(0j), hash(complex(-1, 0)))
print(bool(0j), bool(1j), bool(complex(0, -0.0)), bool(complex(float("nan"), 0)), not 0j)
z = 2 + 3j
z += 1
z *= 1j
z -= 1j
z /= 2
z **= 2
print(z)
print(sum([1j, 2, 3.5]), sum([1 + 1j] * 3), [x * 1j for x in range(3)])
