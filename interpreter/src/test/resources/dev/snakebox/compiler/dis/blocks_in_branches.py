if a:
    try:
        b()
    except (C if d else E):
        f()
elif g:
    with h:
        i()
else:
    for j in k:
        try:
            break
        finally:
            l()
try:
    x
except E as e:
    e = 2
try:
    x
except E as e:
    e = 1
with a:
    pass
