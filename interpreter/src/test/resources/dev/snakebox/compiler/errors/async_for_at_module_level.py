x = 1
async for i in y:
    pass
