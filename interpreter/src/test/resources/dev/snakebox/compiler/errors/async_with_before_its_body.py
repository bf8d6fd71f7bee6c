async with a:
    break
