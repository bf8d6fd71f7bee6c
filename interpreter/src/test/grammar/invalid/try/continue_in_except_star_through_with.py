while x:
    try:
        pass
    except* E:
        with a:
            continue
