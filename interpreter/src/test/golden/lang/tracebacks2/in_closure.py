def make_divider(d):
    def divide(n):
        return n / d
    return divide

halve = make_divider(2)
print(halve(10))
zero = make_divider(0)
print(list(map(zero, [1, 2])))
