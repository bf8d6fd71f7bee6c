ops = {
    'inv': lambda x: 1 / x,
    'neg': lambda x: -x,
}
print(ops['neg'](3))
print(sorted([3, 1, 2], key=lambda v: ops['inv'](v - 1)))
