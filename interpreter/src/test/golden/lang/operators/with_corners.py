def t(f):
    try:
        print(f())
    except BaseException as e:
        print(type(e).__name__, e)
# context managers and with corner cases
class CM:
    def __enter__(self): return self
    def __exit__(self, *a): return False
class AsyncOnly:
    async def __aenter__(self): return self
    async def __aexit__(self, *a): return False
def w(o):
    with o:
        pass
t(lambda: w(AsyncOnly()))
async def aw(o):
    async with o:
        pass
def run(c):
    try:
        c.send(None)
    except StopIteration as e:
        return e.value
t(lambda: run(aw(CM())))
class ExitNotCallable:
    def __enter__(self): return self
    __exit__ = 5
t(lambda: w(ExitNotCallable()))
class EnterNotCallable:
    __enter__ = 5
    def __exit__(self, *a): pass
t(lambda: w(EnterNotCallable()))
class ExitWrongArgs:
    def __enter__(self): return self
    def __exit__(self): pass
t(lambda: w(ExitWrongArgs()))
class ExitSuppressOnlyType:
    def __enter__(self): return self
    def __exit__(self, tp, v, tb):
        return tp is KeyError
def body(exc):
    with ExitSuppressOnlyType():
        raise exc
    return 'suppressed'
t(lambda: body(KeyError('k')))
t(lambda: body(ValueError('v')))
class ExitBoolRaises:
    def __enter__(self): return self
    def __exit__(self, *a):
        class B:
            def __bool__(self): raise RuntimeError('bool of exit result')
        return B()
def bbody():
    with ExitBoolRaises():
        raise KeyError('orig')
t(bbody)
class Order:
    def __init__(self, n): self.n = n
    def __enter__(self):
        print('enter', self.n); return self.n
    def __exit__(self, *a):
        print('exit', self.n)
with Order(1) as a, Order(2) as b, Order(3):
    print('inside', a, b)
def ret_in_with():
    for i in range(3):
        with Order(i):
            if i == 1:
                return 'ret'
print(ret_in_with())
def exc_in_enter_second():
    class Bad:
        def __enter__(self): raise ValueError('second enter')
        def __exit__(self, *a): print('bad exit')
    with Order('first'), Bad():
        print('never')
t(exc_in_enter_second)
