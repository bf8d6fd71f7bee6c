def numbers():
    yield 1
    yield 2
    raise ValueError('generator broke')

def consume():
    total = 0
    for n in numbers():
        total += n
    return total

print(sum(x * 2 for x in [1, 2]))
consume()
