# Comparisons between floats and ints: exact for huge ints, infinities and nans.
inf = float("inf")
nan = float("nan")
big = 2 ** 53 + 1
pairs = [(big, 2.0 ** 53), (2.0 ** 53, big), (10 ** 400, inf), (-(10 ** 400), -inf), (10 ** 400, 1e308), (1, nan),
         (nan, 1), (2 ** 1024, 1.7976931348623157e308), (0, -0.0), (-1, -1.0), (3, 2.9999999999999996),
         (2 ** 63, 9.223372036854776e18), (2 ** 63 - 1, 9.223372036854776e18), (-(2 ** 63), -9.223372036854776e18),
         (True, 1.0), (False, -0.0), (10 ** 16 + 1, 1e16)]
for a, b in pairs:
    print(a if isinstance(a, float) or abs(a) < 10 ** 30 else "big", b, a < b, a <= b, a == b, a != b, a > b, a >= b)
print(sorted([3, 2.5, -1, 1e100, -inf, 10 ** 101, 0.0, True]))
print(max(2 ** 70, 1e21), min(-0.0, 0), min(0, -0.0), max([1.5, 2, 2.0]), 1.0 in [1], 2 in [2.0])
print(inf > 10 ** 1000, -inf < -(10 ** 1000), inf == inf, -inf == -inf, inf == -inf, nan < inf, nan > -inf)
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-15, 1e-320 > 0, 5e-324 / 2 == 0, 1.0 == 1 == True)
try:
    print(1.5 < "a")
except TypeError as e:
    print("TypeError", e)
try:
    print(None > 1.5)
except TypeError as e:
    print("TypeError", e)
