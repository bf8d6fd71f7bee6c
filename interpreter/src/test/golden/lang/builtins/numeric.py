# Numeric built-ins.
print(abs(-3), abs(2.5), abs(-0.0), abs(True))
print(divmod(17, 5), divmod(-17, 5), divmod(7.5, 2))
print(pow(2, 10), pow(2, -1), pow(3, 4, 5), pow(3, -1, 7))
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1234, -2), round(7.0), round(0.5), round(1.5))
print(round(3.14159, 3), round(-1.005, 2), round(2, 0))
print(min(3, 1, 2), max([4, 9, 2]), min("bca"), max([], default=None), min([(2, "b"), (1, "z")]))
print(max("apple", "fig", key=len), min([-3, 2], key=abs))
print(sum([1, 2, 3]), sum([1.5, 2.5]), sum([[1], [2]], []), sum(range(5), 10), sum([0.1] * 10))
print(int("42"), int(" -7 "), int("ff", 16), int("0b101", 0), int(3.99), int(-3.99), int(True), int("1_000"))
print(float("1.5"), float(" -2 "), float(3), float("inf"), float("-inf"), float("nan"))
print(bool(0), bool(1), bool(""), bool("0"), bool([]), bool([0]), bool(None))
print(bin(10), oct(64), hex(255), hex(-16), bin(0))
print(hash(1) == hash(1.0), hash(True) == 1, hash(-1))
try:
    int("abc")
except ValueError as e:
    print("ValueError:", e)
try:
    float("x1")
except ValueError as e:
    print("ValueError:", e)
try:
    round("x")
except TypeError as e:
    print("TypeError:", e)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
