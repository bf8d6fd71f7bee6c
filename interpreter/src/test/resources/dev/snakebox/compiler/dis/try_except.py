try:
    f()
except ValueError:
    g()
try:
    f()
except (TypeError, KeyError) as e:
    print(e)
except:
    print("other")
try:
    pass
except E:
    pass
else:
    h()
try:
    try:
        f()
    except A as a:
        raise B
except B as b:
    print(b)
    try:
        g(b)
    except C:
        pass
x = 1
try:
    x = f(
        1,
        2)
except (
        ValueError):
    x = 2
except Exception as \
        exc:
    x = exc
