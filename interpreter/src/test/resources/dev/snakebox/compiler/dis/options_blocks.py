for x in y:
    try:
        with a as b:
            f(b)
    except E as e:
        continue
    finally:
        g()
