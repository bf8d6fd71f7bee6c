def parse_all(items):
    return [int(s)
            for s in items]

data = ['1', '2', 'three']
print(parse_all(data[:2]))
totals = {k: 10 // v for k, v in {'a': 1, 'b': 0}.items()}
