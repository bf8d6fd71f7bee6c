def t(f):
    try:
        print(f())
    except AssertionError as e:
        print('AssertionError', repr(e), e.args)

def a1(v):
    assert v
    return 'ok'
def a2(v):
    assert v, 'custom message'
    return 'ok'
def a3(v):
    assert v > 0, f'bad value {v}'
    return 'ok'
def a4(v):
    assert v, ValueError('object message')
def a5(v):
    assert v, (1, 2)
def a6(v):
    assert v, None
calls = []
def side():
    calls.append(1)
    return 'side'
def a7(v):
    assert v, side()

t(lambda: a1(1))
t(lambda: a1(0))
t(lambda: a1([]))
t(lambda: a2(''))
t(lambda: a3(-1))
t(lambda: a3(5))
t(lambda: a4(0))
t(lambda: a5(0))
t(lambda: a6(0))
t(lambda: a7(1))
t(lambda: a7(0))
print(calls)
class Falsy:
    def __bool__(self):
        return False
t(lambda: a2(Falsy()))
class BoolErr:
    def __bool__(self):
        raise TypeError('bool failed')
try:
    a2(BoolErr())
except TypeError as e:
    print('TypeError', e)
try:
    assert False, 'top level'
except AssertionError as e:
    print(e)
AssertionError = ValueError
try:
    assert False, 'shadowed name'
except Exception as e:
    print(type(e).__name__, e)
del AssertionError
print(__debug__)
