# Floor division, modulo and divmod of ints with every combination of signs, small and huge.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (0, -5), (6, 3), (-6, 3), (1, 7), (-1, 7)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b), a / b)
big = 2 ** 100 + 12345
for a, b in [(big, 7), (-big, 7), (big, -7), (-big, -7), (big, big - 1), (-big, 3 ** 40), (7, big), (-7, big)]:
    q, r = divmod(a, b)
    print(q, r, q * b + r == a, a // b == q, a % b == r)
print(-(2 ** 63) // -1, (-(2 ** 63)) % -1, divmod(-(2 ** 63), -1))
print((2 ** 64) // 2 ** 32, (2 ** 64 - 1) % 2 ** 32)
show("1 // 0", lambda: 1 // 0)
show("1 % 0", lambda: 1 % 0)
show("divmod(1, 0)", lambda: divmod(1, 0))
show("1 / 0", lambda: 1 / 0)
show("big / 0", lambda: big / 0)
show("0 // 0", lambda: 0 // 0)
show("big // 0", lambda: big // 0)
show("10**400 / 1", lambda: 10 ** 400 / 1)
show("10**400 / 10**399", lambda: 10 ** 400 / 10 ** 399)
show("1 / 10**400", lambda: 1 / 10 ** 400)
show("(2**53+1) / 1", lambda: (2 ** 53 + 1) / 1)
show("(2**80+1) / 2**27", lambda: (2 ** 80 + 1) / 2 ** 27)
print(3 * -4, -3 * -4, 2 ** 62 * 2, -(2 ** 63) * -1, (2 ** 32) * (2 ** 32), -(2 ** 31) * 2 ** 33)
print(2 ** 63 - 1 + 1, -(2 ** 63) - 1, (2 ** 64) - (2 ** 64), 5 - 2 ** 70)
print(-0, -(-5), +7, abs(-7), abs(-(2 ** 63)), abs(2 ** 90), -(2 ** 63))
x = 10
x //= 3
print(x)
x %= 2
print(x)
x -= 5
x *= -3
x **= 3
print(x)
