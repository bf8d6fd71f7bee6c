# Float arithmetic in a loop: +, -, *, /, //, %, ** and comparisons, with a running sum.
s = 0.0
x = 0.5
i = 0
while i < 1000000:
    x = x * 3.7 * (1.0 - x)
    y = i / 7.0
    s += x * y - (y // 3.0) + (y % 2.5) + x ** 2
    if s > 1e12:
        s = s / 3.0
    i += 1
print(round(s, 3), round(x, 12))
