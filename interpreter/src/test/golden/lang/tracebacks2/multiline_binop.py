def total(items):
    return (sum(items)
            + len(items)
            / (len(items) - len(items)))

print(total([]) if False else 'skip')
total([1, 2])
