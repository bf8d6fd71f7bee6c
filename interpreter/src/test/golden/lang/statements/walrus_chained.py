def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

data = [1, 5, 3, 8, 2]
if (n := len(data)) > 3:
    print('long', n)
print([y for x in data if (y := x * 2) > 5], y)
while (chunk := data[:2]):
    print(chunk)
    data = data[2:]
def f():
    [(last := v) for v in range(4)]
    return last
print(f())
print((a := 1, b := 2), a, b)
vals = {k: (m := k * k) for k in range(3)}
print(vals, m)
print(any((hit := v) > 2 for v in [1, 2, 3, 4]), hit)
x = y = z = 0
x += 1
print(x, y, z)
i = 0
arr = [0, 0, 0]
i, arr[i] = 1, 9
print(i, arr)
arr2 = [0, 0]
j = arr2[j] = 1 if False else 0
print(j, arr2)
s = 'abc'
print(s[::-1], s[5:], s[-10:2], s[::2], s[1:-1], s[-1::-2])
print(1 < 2 < 3, 3 > 2 > 2, 1 == 1.0 == True, 'a' < 'b' < 'c', (1 < 2) < 3)
print(not 1 == 2, not (1 and 0), 1 and 2 or 3, 0 or '' or [] or 'last', None and 1)
print(2 ** 3 ** 2, -2 ** 2, (-2) ** 2, 7 // -2, -7 % 3, 7 % -3, 2 ** -1, divmod(-7, 2))
print(1 if 0 else 2 if 0 else 3, [1, 2][True], 'ab' * 0, 3 * [0])
t(lambda: (lambda: (q := 1))() + q)
print(type(...).__name__, ... is Ellipsis, bool(...))
