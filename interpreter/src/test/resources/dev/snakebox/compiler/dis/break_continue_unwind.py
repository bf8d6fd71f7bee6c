for x in y:
    try:
        f()
    except E as e:
        if e:
            break
        continue
    except:
        break
for x in y:
    with a as b:
        if b:
            continue
        break
    with c, d as e:
        break
while x:
    try:
        pass
    except E:
        try:
            break
        finally:
            f()
for x in y:
    try:
        f()
    except A:
        with g():
            continue
    else:
        break
    finally:
        h()
for x in y:
    try:
        f()
    finally:
        for z in x:
            break
        else:
            continue
