# except* inside generators and coroutines: the matched part is the exception being handled while suspended.
def gen():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        yield ("value part", repr(e))
        try:
            raise
        except ExceptionGroup as again:
            yield ("bare raise sees", repr(again))
    except* TypeError as e:
        yield ("type part", repr(e))
    yield "after"
g = gen()
print(next(g))
try:
    raise
except RuntimeError as e:
    print("outside:", e)
for item in g:
    print(item)
async def coro():
    try:
        raise ExceptionGroup("c", [KeyError("k"), OSError("o")])
    except* KeyError:
        pass
c = coro()
try:
    c.send(None)
except ExceptionGroup as e:
    print("rest from coroutine:", repr(e))
def handler_raises():
    try:
        yield 1
        raise ExceptionGroup("h", [ValueError("x")])
    except* ValueError:
        yield 2
        raise KeyError("from handler")
h = handler_raises()
print(next(h), next(h))
try:
    next(h)
except KeyError as e:
    print(repr(e), repr(e.__context__))
