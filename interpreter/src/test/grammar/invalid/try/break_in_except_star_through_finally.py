for x in y:
    try:
        pass
    except* E:
        try:
            break
        finally:
            f()
