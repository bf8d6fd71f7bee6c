while x:
    try:
        pass
    except* E:
        for i in y:
            break
        while z:
            continue
