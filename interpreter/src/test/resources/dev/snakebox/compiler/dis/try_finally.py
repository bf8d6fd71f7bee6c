try:
    f()
finally:
    g()
try:
    f()
except E as e:
    h(e)
else:
    i()
finally:
    j()
for x in y:
    try:
        if x:
            break
        if x > 1:
            continue
        f(x)
    finally:
        g(x)
while x:
    try:
        f()
    finally:
        if x:
            break
        continue
try:
    try:
        a()
    finally:
        b()
finally:
    c()
for k in m:
    try:
        pass
    finally:
        try:
            continue
        finally:
            d()
