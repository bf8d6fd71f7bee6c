def show(e):
    print(type(e).__name__, repr(e), 'cause=', repr(e.__cause__), 'context=', repr(e.__context__), 'suppress=', e.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise ValueError('converted') from z
except ValueError as e:
    show(e)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError('implicit')
except ValueError as e:
    show(e)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError('hidden') from None
except ValueError as e:
    show(e)

try:
    raise KeyError('k') from ValueError('v')
except KeyError as e:
    show(e)

try:
    raise KeyError('k') from ValueError
except KeyError as e:
    show(e)

def t(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
def bad_from():
    raise KeyError from 5
t(bad_from)
def bad_raise():
    raise 5
t(bad_raise)
def bad_class():
    raise int
t(bad_class)
def bare():
    raise
t(bare)

e = ValueError('x')
print(e.__cause__, e.__context__, e.__suppress_context__, e.__traceback__)
e.__cause__ = KeyError('c')
print(e.__suppress_context__)
e.__suppress_context__ = False
print(e.__suppress_context__)
try:
    e.__cause__ = 5
except TypeError as err:
    print('TypeError', err)
try:
    e.__context__ = 'x'
except TypeError as err:
    print('TypeError', err)
e.__cause__ = None
e.__context__ = None
print(e.__cause__, e.__context__)

try:
    try:
        raise TypeError('first')
    finally:
        print('finally runs')
except TypeError as err:
    show(err)

try:
    try:
        raise TypeError('a')
    except TypeError:
        try:
            raise ValueError('b')
        except ValueError:
            raise KeyError('c')
except KeyError as err:
    show(err)
    show(err.__context__)

def cycle():
    try:
        try:
            raise ValueError('v')
        except ValueError as v:
            try:
                raise KeyError('k')
            except KeyError as k:
                raise v
    except ValueError as v2:
        print('context of v:', repr(v2.__context__), 'context of k:', repr(v2.__context__.__context__))
cycle()

try:
    try:
        raise ValueError('same')
    except ValueError as v:
        raise v
except ValueError as v:
    print('self-context avoided:', v.__context__)

try:
    raise ValueError('with tb')
except ValueError as err:
    tb = err.__traceback__
    print(type(tb).__name__, tb.tb_lineno, tb.tb_next, tb.tb_lasti > 0)
    print(err.with_traceback(None) is err, err.__traceback__)

def gen_context():
    try:
        raise OSError('in handler')
    except OSError:
        yield 1
        raise RuntimeError('after yield')
g = gen_context()
next(g)
try:
    next(g)
except RuntimeError as err:
    show(err)
