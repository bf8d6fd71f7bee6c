def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

def gen():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print('gen caught', e)
        yield 'recovered'
    finally:
        print('gen finally')
g = gen()
print(next(g))
print(g.throw(ValueError('thrown in')))
t(lambda: next(g))

def stop_inside():
    yield 1
    raise StopIteration('inside')
t(lambda: list(stop_inside()))

def ret_value():
    yield 1
    return 'the value'
g = ret_value()
next(g)
try:
    next(g)
except StopIteration as e:
    print('StopIteration value', e.value, e.args)

def delegating():
    r = yield from ret_value()
    print('yield from got', r)
    yield 'done'
print(list(delegating()))

def close_catch():
    try:
        yield 1
    except GeneratorExit:
        print('GeneratorExit seen')
        raise
g = close_catch()
next(g)
g.close()
print(g.gi_running, g.gi_frame)

def close_ignores():
    try:
        yield 1
    except GeneratorExit:
        yield 'bad'
g = close_ignores()
next(g)
t(g.close)

def throw_type():
    yield 1
g = throw_type()
t(lambda: g.throw(5))
t(lambda: g.throw(KeyError))
t(lambda: next(g))

def in_except():
    try:
        raise KeyError('ctx')
    except KeyError:
        yield 'in handler'
        raise ValueError('after')
g = in_except()
next(g)
try:
    next(g)
except ValueError as e:
    print(repr(e), repr(e.__context__))

def running():
    yield g2.gi_running
g2 = running()
print(next(g2))
def reenter():
    yield next(g3)
g3 = reenter()
t(lambda: next(g3))

def exc_in_genexpr():
    return list(1 // x for x in [1, 0])
t(exc_in_genexpr)
print(sum(x for x in range(5) if x % 2), any(x > 3 for x in range(5)))
