for x in y:
    try:
        pass
    except* E as e:
        with a:
            continue
