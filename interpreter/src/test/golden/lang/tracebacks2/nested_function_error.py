def outer(values):
    def check(v):
        if not isinstance(v, int):
            raise TypeError(f'expected int, got {type(v).__name__}')
        return v
    return [check(v) for v in values]

print(outer([1, 2]))
outer([1, 'two'])
