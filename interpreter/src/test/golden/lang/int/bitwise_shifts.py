# Bitwise operators on negative and huge ints, shifts and their errors.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

vals = [0, 1, -1, 5, -5, 12, -12, 255, -256, 2 ** 70 + 3, -(2 ** 70) - 3]
for a in vals:
    print(a, ~a, a & 0xFF, a | 0x10, a ^ -1, a & -(2 ** 65), a | 2 ** 66, a ^ (2 ** 64 + 1))
for a in [1, -1, 5, -5, 2 ** 40, -(2 ** 40), 2 ** 70, -(2 ** 70) - 1]:
    print(a, a << 3, a >> 3, a << 64, a >> 64, a >> 200, a << 0, a >> 0)
print(1 << 62, 1 << 63, 1 << 64, -1 << 63, -1 << 64, 3 << 100)
print(-8 >> 1, -9 >> 1, -1 >> 1000, 1 >> 1000, (2 ** 100) >> 99)
show("1 << -1", lambda: 1 << -1)
show("1 >> -1", lambda: 1 >> -1)
show("0 << 10**20", lambda: 0 << 10 ** 20)
show("1 >> 10**20", lambda: 1 >> 10 ** 20)
show("-1 >> 10**20", lambda: -1 >> 10 ** 20)
show("1 << 10**20", lambda: 1 << 10 ** 20)
show("1 << 1.0", lambda: 1 << 1.0)
show("1.0 & 1", lambda: 1.0 & 1)
show("~1.5", lambda: ~1.5)
print(True & True, True | False, True ^ True, type(True & True).__name__, type(True & 1).__name__)
print(True << 3, ~False, -12 & -7, -12 | 7, -12 ^ 2 ** 70)
for n in [0, 1, 7, 8, 255, 256, -1, -255, -256, 2 ** 64 - 1, -(2 ** 64), 10 ** 30]:
    print(n, n.bit_length(), n.bit_count())
y = 6
y &= 3
y |= 8
y ^= 1
y <<= 2
y >>= 1
print(y)
