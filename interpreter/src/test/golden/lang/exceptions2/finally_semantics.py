def ret_override():
    try:
        return 'try'
    finally:
        return 'finally'
print(ret_override())

def ret_swallows():
    try:
        raise ValueError('lost')
    finally:
        return 'swallowed'
print(ret_swallows())

def order():
    log = []
    try:
        log.append('try')
        return log
    finally:
        log.append('finally')
print(order())

def loop_break():
    for i in range(5):
        try:
            if i == 2:
                raise KeyError(i)
        finally:
            if i == 2:
                break
    return i
print(loop_break())

def loop_continue():
    out = []
    for i in range(4):
        try:
            if i % 2:
                raise ValueError(i)
            out.append(i)
        finally:
            continue
    return out
print(loop_continue())

def nested_finally():
    log = []
    try:
        try:
            log.append(1)
            raise ValueError
        finally:
            log.append(2)
    except ValueError:
        log.append(3)
    finally:
        log.append(4)
    return log
print(nested_finally())

def finally_raises():
    try:
        raise ValueError('original')
    finally:
        raise KeyError('from finally')
try:
    finally_raises()
except KeyError as e:
    print(repr(e), repr(e.__context__))

def else_clause(fail):
    log = []
    try:
        log.append('try')
        if fail:
            raise ValueError
    except ValueError:
        log.append('except')
    else:
        log.append('else')
    finally:
        log.append('finally')
    return log
print(else_clause(False), else_clause(True))

def return_in_else():
    try:
        pass
    except Exception:
        return 'except'
    else:
        return 'else'
    finally:
        print('finally after else return')
print(return_in_else())

def while_finally():
    n = 0
    while True:
        try:
            n += 1
            if n == 3:
                return n
        finally:
            print('finally', n)
print(while_finally())

def gen_finally():
    try:
        yield 1
        yield 2
    finally:
        print('gen finally')
gf = gen_finally()
for v in gf:
    print(v)
    break
gf.close()
print('after close')

def exc_var_cleared():
    try:
        raise ValueError('x')
    except ValueError as err:
        pass
    try:
        err
    except NameError as ne:
        print('NameError', ne)
    except UnboundLocalError as ue:
        print('UnboundLocalError', ue)
exc_var_cleared()

def except_tuple(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return 'lookup ' + type(e).__name__
    except (ValueError,):
        return 'value'
    except ArithmeticError:
        return 'arith'
    except Exception:
        return 'other'
for exc in [KeyError, IndexError, ValueError, ZeroDivisionError, OverflowError, TypeError, UnicodeDecodeError('utf-8', b'x', 0, 1, 'r')]:
    print(except_tuple(exc))

def except_dynamic():
    handlers = (TypeError, ValueError)
    try:
        int('x')
    except handlers as e:
        return 'dynamic ' + type(e).__name__
print(except_dynamic())

def bad_except():
    try:
        raise ValueError
    except 5:
        pass
try:
    bad_except()
except TypeError as e:
    print('TypeError', e)
def bad_except_tuple():
    try:
        raise ValueError
    except (ValueError, 'x'):
        pass
try:
    bad_except_tuple()
except TypeError as e:
    print('TypeError', e)

def reraise():
    try:
        raise ValueError('again')
    except ValueError:
        try:
            raise
        except ValueError as inner:
            return 'reraised ' + str(inner)
print(reraise())

def reraise_after_other():
    try:
        raise ValueError('outer')
    except ValueError:
        try:
            raise KeyError('inner')
        except KeyError:
            pass
        raise
try:
    reraise_after_other()
except ValueError as e:
    print('bare raise restores', repr(e))
