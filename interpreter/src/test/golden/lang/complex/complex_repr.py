# repr and str of complex numbers: signed zeros, infinities, nans, exponents.
inf = float("inf")
nan = float("nan")
values = [0j, -0j, complex(-0.0, 0.0), complex(0.0, -0.0), complex(-0.0, -0.0), 1j, -1j, 1 + 1j, 1.5 - 2.5j, 1e16j,
          1e-5j, complex(1e22, -1e-7), complex(inf, 0), complex(0, inf), complex(-inf, -inf), complex(nan, 0),
          complex(0, nan), complex(nan, -nan), complex(1, nan), complex(2 ** 60, 3), 3.0 + 0j, complex(123456789012345678, 1),
          complex(0.1, 0.2), complex(5e-324, -5e-324), complex(1.7976931348623157e308, 1)]
for z in values:
    print(repr(z), str(z), f"{z}", [z], (z, z.real, z.imag))
print(-(0j), +(-0j), -(-0j), 0j * -1, -0.0 * 1j, 1j * -0.0, (-0.0) + 0j, 0j - 0j, 0j + -0.0)
print([complex(x, y) for x in (0.0, -0.0) for y in (0.0, -0.0)])
