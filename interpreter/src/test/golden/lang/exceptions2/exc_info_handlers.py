import sys
print(sys.exc_info())
try:
    raise ValueError('v')
except ValueError:
    tp, val, tb = sys.exc_info()
    print(tp.__name__, val, type(tb).__name__, sys.exception() is val)
    try:
        raise KeyError('k')
    except KeyError:
        print(sys.exc_info()[0].__name__)
    print('restored', sys.exc_info()[0].__name__)
print(sys.exc_info(), sys.exception())

def inner():
    return sys.exc_info()[1]
try:
    raise TypeError('visible in callee')
except TypeError:
    print(repr(inner()))

def gen():
    yield sys.exception()
    yield sys.exception()
g = gen()
try:
    raise IndexError('outside')
except IndexError:
    print(repr(next(g)))
print(repr(next(g)))

try:
    1 / 0
except ZeroDivisionError:
    try:
        pass
    finally:
        print('finally sees', sys.exc_info()[0].__name__)

class CM:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        print('exit sees', a[0].__name__ if a[0] else None, sys.exc_info()[0])
        return True
with CM():
    raise OSError('x')
print(sys.exc_info())

def raise_in_handler():
    try:
        raise ValueError('one')
    except ValueError:
        raise
try:
    raise_in_handler()
except ValueError as e:
    print('caught', e, sys.exception() is e)

for i in range(2):
    try:
        raise ValueError(i)
    except ValueError as e:
        if i == 0:
            continue
        print('loop handler', e)
print(sys.exc_info()[0])
try:
    raise SystemExit(5)
except SystemExit as e:
    print('SystemExit caught', e.code)
try:
    raise KeyboardInterrupt
except Exception:
    print('not here')
except BaseException as e:
    print('BaseException caught', type(e).__name__)
