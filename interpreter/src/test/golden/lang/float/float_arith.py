# float arithmetic: CPython's signs for //, % and divmod, zero division messages, infinities and nans.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

inf = float("inf")
nan = float("nan")
for a, b in [(7.0, 2), (-7.0, 2), (7.0, -2), (-7.0, -2), (7.5, 2), (-7.5, 2), (0.0, -1), (-0.0, 1), (1e300, 1e-300), (5, inf),
             (-5, inf), (5, -inf), (inf, 1), (-inf, 1), (0.1, 0.01), (3.0, 0.1), (-0.0, -3.0)]:
    show((a, b), lambda: (a // b, a % b, divmod(a, b), a / b))
for label, f in [("1.0 / 0", lambda: 1.0 / 0), ("1 / 0.0", lambda: 1 / 0.0), ("1.0 // 0.0", lambda: 1.0 // 0.0),
                 ("1.0 % 0.0", lambda: 1.0 % 0.0), ("divmod(1.0, 0.0)", lambda: divmod(1.0, 0.0)), ("inf % 0.0", lambda: inf % 0.0),
                 ("nan / 0.0", lambda: nan / 0.0), ("0.0 ** -1", lambda: 0.0 ** -1), ("0.0 ** -inf", lambda: 0.0 ** -inf),
                 ("(-0.0) ** -1", lambda: (-0.0) ** -1)]:
    show(label, f)
print(inf + 1, inf - inf, inf * 0, -inf * -1, inf / inf, nan + 1, nan * 0, 1e308 * 10, -1e308 * 10, 2 ** 1023 * 2.0)
print(0.1 + 0.2, 0.1 * 3, 1 - 0.9, 1e16 + 1, 2.5 * 4, 7 / 2, -7 / 2, 1 / 3, 2 / 3, 1e-320 / 10)
print(divmod(inf, 1), divmod(-inf, 1), divmod(nan, 1), divmod(1, nan), inf // 1, inf % 1, 5 % -inf, -5 % -inf)
show("2**1024 * 1.0", lambda: 2 ** 1024 * 1.0)
show("2**1024 + 1.0", lambda: 2 ** 1024 + 1.0)
show("1.0 - 2**1024", lambda: 1.0 - 2 ** 1024)
show("1.5 + 'a'", lambda: 1.5 + "a")
show("'a' * 1.5", lambda: "a" * 1.5)
show("1.5 @ 2", lambda: 1.5 @ 2)
show("1.5 << 1", lambda: 1.5 << 1)
show("-1.5 % None", lambda: -1.5 % None)
print(-(0.0), +(-0.0), abs(-0.0), -(-0.0), 0.0 * -1, -0.0 + 0.0, -0.0 - 0.0, -0.0 * 0.0)
x = 10.0
x /= 4
x //= 0.5
x %= 3
x **= 2
x -= 0.5
print(x)
print(sum([0.1] * 10), sum([1e100, 1.0, -1e100]), sum([0.1, 0.2, 0.3]), sum([1, 2.5, 3]), sum([], 0.0))
