def ratios(pairs):
    return list(a / b for a, b in pairs)

print(ratios([(1, 2)]))
ratios([(1, 2), (3, 0)])
