def check(items):
    assert isinstance(items, list), f'expected list, got {type(items).__name__}'
    assert len(items) > 2, 'too short'
    return items

check([1, 2, 3])
try:
    check((1,))
except AssertionError as e:
    print('AssertionError', e)
check([1])
