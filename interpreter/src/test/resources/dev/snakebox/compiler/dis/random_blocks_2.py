try:
    with ((c() if b() else g) if e else (not z)):
        (not b)
    try:
        raise E from e and (not e)
        try:
            pass
        except* (E, F) as g:
            assert (y if (not x) else c())
            pass
        except* E:
            f += (f(y) == a(f) if (z() if e else a()) else (not z))
    except* E:
        with a and f - z, g(c - e, y) as b:
            a += (not a) is (not z)
            assert c(), c(f(x(y(d)), g)) in x and z
    except* (E, F) as g:
        for z in ((y() if b else a(f)) if (a if a(x) else f()) else g):
            x += e(d(), g) in y
except* (E, F):
    try:
        for c in 0:
            pass
        while True:
            f = b(f) + x is z(x) + a
    except (E, F):
        while True:
            assert g(c in e, a - e(x(g, a)))
            b += f(x, b()) - g + e(y)
        else:
            c += (g if y else c) in f()
            pass
        try:
            c = e or y < y()
        except (E, F):
            x
            pass
        else:
            raise E(e or a)
            y
        finally:
            assert (y + b if g else g(x) and e(b))
    raise E((not y))
else:
    try:
        z = c
        pass
    except E as c:
        with a == (g if a else c(f(), f)), 3 as y:
            pass
        y += ((not d) if g or b else f - e)
    except E as c:
        raise E
    finally:
        raise
        if c(d and a, z):
            raise E((g and y() if e in b else (not x)))
    assert 4, (e(b, y) if b else x())
y = x < (z if b else x)
