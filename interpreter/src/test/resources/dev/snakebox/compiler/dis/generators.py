def simple():
    yield 1
    yield
    x = yield 2
    return x


def delegating(inner):
    result = yield from inner
    yield from (1, 2)
    return result


def generator_with_cells(a):
    def get():
        return a
    yield get


def in_loop(n):
    while n:
        yield n
        n = n - 1


def returns_in_loop(n):
    while n:
        if n == 3:
            return n
        yield n


async def coroutine(x):
    y = await x
    await (y)
    return y


async def async_generator(x):
    yield x
    await x
    yield


async def awaits_in_while(x):
    while x:
        x = await x


gen_lambda = lambda: (yield)
gen_lambda_value = lambda x: (yield x)
