def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

def classify(exc):
    try:
        try:
            raise exc
        except (KeyError, IndexError) as e:
            return 'lookup:' + type(e).__name__
        except ArithmeticError as e:
            raise TypeError('converted ' + type(e).__name__) from e
    except TypeError as e:
        return f'outer TypeError ({e}) cause={type(e.__cause__).__name__}'
for exc in [KeyError(1), IndexError(2), ZeroDivisionError(), OverflowError(), TypeError('direct')]:
    print(classify(exc))
t(lambda: classify(ValueError('escapes')))

def except_order():
    try:
        raise FileNotFoundError('f')
    except OSError:
        return 'OSError first'
    except FileNotFoundError:
        return 'never'
print(except_order())

def handler_raises_new():
    try:
        try:
            raise ValueError('a')
        except ValueError:
            raise KeyError('b')
        finally:
            print('inner finally')
    except KeyError as e:
        return repr(e) + ' context ' + repr(e.__context__)
print(handler_raises_new())

def return_from_except():
    try:
        raise ValueError
    except ValueError:
        return 'from except'
    finally:
        print('finally after except return')
print(return_from_except())

def loop_with_handlers():
    out = []
    for i in range(6):
        try:
            if i == 1:
                continue
            if i == 2:
                raise ValueError(i)
            if i == 4:
                break
            out.append(i)
        except ValueError:
            out.append('v')
            continue
        finally:
            out.append('f')
    return out
print(loop_with_handlers())

def while_else():
    n = 0
    while n < 3:
        try:
            n += 1
        except Exception:
            pass
    else:
        return 'while else ran', n
print(while_else())

def exc_group_basics():
    try:
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
    except* ValueError as eg:
        print('value part', eg.exceptions)
    except* TypeError as eg:
        print('type part', eg.exceptions)
exc_group_basics()

class Ctx:
    def __enter__(self):
        return self
    def __exit__(self, tp, v, tb):
        print('exit with', tp.__name__ if tp else None)
        return isinstance(v, KeyError)
def with_in_try():
    try:
        with Ctx():
            {}['x']
        with Ctx():
            [][0]
    except IndexError as e:
        return 'IndexError reached outer: ' + str(e)
print(with_in_try())

def deep_finally(n):
    try:
        if n:
            return deep_finally(n - 1)
        raise RuntimeError('bottom')
    finally:
        print('unwind', n)
t(lambda: deep_finally(3))
