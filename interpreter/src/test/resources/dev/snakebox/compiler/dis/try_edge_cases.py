try:
    pass
except:
    pass
try:
    pass
finally:
    pass
while True:
    try:
        x = f()
    except E:
        continue
    finally:
        if x:
            break
while 1:
    try:
        raise E
    except:
        break
try:
    raise A
except A:
    raise B
else:
    raise C
finally:
    raise D
