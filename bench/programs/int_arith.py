# Integer arithmetic in a loop: +, -, *, //, %, <<, &, ^ on small ints, some overflowing into big ints.
acc = 0
x = 12345
big = 1
i = 0
while i < 1000000:
    x = (x * 1103515245 + 12345) % 2147483648
    acc += (x // 7) - (x % 13) + ((x << 3) & 0xFFFF) ^ (i & 255)
    if i % 1000 == 0:
        big = big * 3 + i
    i += 1
print(acc, x, big % 1000000007, big.bit_length())
