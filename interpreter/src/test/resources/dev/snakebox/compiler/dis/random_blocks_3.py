for d in (not x) and g * f:
    try:
        try:
            f = (x(b(x, b), e) if z else x()) - e(y, e(e(f, y), z(c))) and e
        except 0:
            assert a + z(), (z if b else g)
            raise
        except (E, F):
            pass
        finally:
            pass
            (not y) is b is y
    except ((g if b else a) if e else f(x(f)) * e):
        break
    finally:
        while True:
            break
        raise E from (not y)
try:
    try:
        while ((f() if g() else e) if (y if g() else y) else y < d):
            assert c, (c if d else x) and (c if z else g)
            assert f
        with 0, (y if (not e) else x):
            4
    except E:
        raise E
        pass
    finally:
        for x in x is g - e() * f():
            g += (e(c(c, z(g, a(g, e))), b) if e() else (not f))
except* (E, F):
    try:
        with ((a() if c else c(a, c)) if b - g(g(), a) else e) as e, b(b) as c:
            pass
        for d in x(f) + z < y:
            raise
        else:
            raise E
            2
    except e(z(), g and e):
        with (not b):
            x(g, z(x)) or a(f(a), g) < y
    except (E, F):
        e += b()
