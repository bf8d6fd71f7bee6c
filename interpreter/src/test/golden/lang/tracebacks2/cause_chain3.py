def level3():
    return int('not a number')

def level2():
    try:
        level3()
    except ValueError as e:
        raise TypeError('level2 failed') from e

def level1():
    try:
        level2()
    except TypeError:
        raise RuntimeError('level1 failed')

level1()
