# The 4300-digit limit of str <-> int conversion, and bases it does not apply to.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

show("int('9' * 4300) > 0", lambda: int("9" * 4300) > 0)
show("int('9' * 4301)", lambda: int("9" * 4301))
show("int('0' * 5000)", lambda: int("0" * 5000))
show("int('-' + '1' * 4300) < 0", lambda: int("-" + "1" * 4300) < 0)
show("int('1_' * 4300 + '1')", lambda: int("1_" * 4300 + "1"))
show("int('1' * 4301, 3)", lambda: int("1" * 4301, 3))
show("len(str(int('1' * 4301, 2)))", lambda: len(str(int("1" * 4301, 2))))
show("int('f' * 5000, 16) > 0", lambda: int("f" * 5000, 16) > 0)
show("int('7' * 5000, 8) > 0", lambda: int("7" * 5000, 8) > 0)
show("str(10 ** 4300)", lambda: str(10 ** 4300))
show("repr(-10 ** 4300)", lambda: repr(-(10 ** 4300)))
show("len(str(10 ** 4299))", lambda: len(str(10 ** 4299)))
show("len(hex(10 ** 5000))", lambda: len(hex(10 ** 5000)))
show("len(bin(10 ** 5000))", lambda: len(bin(10 ** 5000)))
show("len(oct(10 ** 5000))", lambda: len(oct(10 ** 5000)))
x = 10 ** 5000
try:
    print(x)
except ValueError as e:
    print("print:", e)
print(x.bit_length(), x % 1000, x // 10 ** 4999)
