try:
    f()
except* ValueError:
    pass
except* (TypeError, KeyError) as e:
    print(e)
try:
    f()
except* OSError as err:
    g(err)
else:
    h()
finally:
    i()
try:
    pass
except* E:
    pass
else:
    j()
for x in y:
    try:
        f()
    except* E:
        g()
    finally:
        continue
