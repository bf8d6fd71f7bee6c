async def f():
    class C:
        async with a:
            pass
