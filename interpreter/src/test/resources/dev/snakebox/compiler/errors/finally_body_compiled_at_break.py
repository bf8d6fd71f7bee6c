for x in y:
    try:
        break
        await z
    finally:
        (yield)
