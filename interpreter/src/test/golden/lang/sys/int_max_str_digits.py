# sys.get_int_max_str_digits / set_int_max_str_digits and the limit they set
import sys
print(sys.get_int_max_str_digits(), sys.int_info.default_max_str_digits, sys.int_info.str_digits_check_threshold)
for v in (-1, 0, 639, 640, 'x', 2**40, True, 1.5):
    try:
        sys.set_int_max_str_digits(v)
        print("set", v, sys.get_int_max_str_digits())
    except Exception as e:
        print(type(e).__name__, e)
try:
    sys.set_int_max_str_digits()
except TypeError as e:
    print(e)
try:
    sys.set_int_max_str_digits(1000, 2)
except TypeError as e:
    print(e)
sys.set_int_max_str_digits(maxdigits=700)
print(sys.get_int_max_str_digits())
for n in (699, 700, 701):
    try:
        print(len(str(10 ** (n - 1))), len(repr(-10 ** (n - 1))))
    except ValueError as e:
        print(e)
    try:
        print(int("7" * n) % 1000)
    except ValueError as e:
        print(e)
print(hex(10 ** 800)[:12], len(format(10 ** 800, "x")), int("f" * 900, 16) % 97)
sys.set_int_max_str_digits(0)
print(len(str(10 ** 5000)), str(2 ** 20000)[:20])
sys.set_int_max_str_digits(4300)
try:
    print(f"{10 ** 4300}")
except ValueError as e:
    print(e)
try:
    eval("1" * 4301)
except SyntaxError as e:
    print(type(e).__name__, e)
print(int("1" * 4300) % 7)
for t in ["bytes.fromhex()", "bytearray.fromhex()", "float.fromhex()", "zip(strict=1, x=2)", "zip(x=2)", "zip([1], [2, 3], strict=True)"]:
    try:
        print(list(eval(t)))
    except Exception as e:
        print(t, type(e).__name__, e)
