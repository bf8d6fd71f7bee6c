# A SyntaxError raised by hand and not caught prints its own location block.
def check(value):
    if value > 1:
        raise SyntaxError('bad thing', ('foo.py', 2, 3, '  abcdef\n', 2, 6))
check(1)
check(2)
