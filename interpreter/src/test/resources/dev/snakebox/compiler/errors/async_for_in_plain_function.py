def f():
    async for x in (yield):
        pass
