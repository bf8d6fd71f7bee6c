for e in y():
    for z in (c if y(z(), c) else y(f, x())):
        with x(y) as f:
            continue
            y += b in x(y, b) or y(x(), f(e, a()))
        while True:
            assert b, d() and z
try:
    try:
        try:
            assert z * a and b in f(g, e(a, x(d())))
        finally:
            y += f(z(z, z) or x)
    except* E:
        for c in g or a < (not z):
            z = z()
            break
    except* E:
        for y in 3:
            x - e < a and g
except 3 as e:
    with b, (not f) as a:
        (not z)
except:
    2
else:
    try:
        if e < x and y == x:
            assert (z if f(e, g) and a else y() is z)
            g += g
        elif e(y(d(c, a), x) or a(a)):
            c += (not a) - x and g()
        else:
            assert (not g)
    except* (E, F) as y:
        with g or b and c() * c as d:
            pass
            assert 4
    except* E as g:
        try:
            pass
        except (E, F) as e:
            assert f or b < z, (not a)
        except (E, F):
            b(c + d)
            assert y
        finally:
            assert e, y((d if b else z))
            pass
finally:
    if b(g):
        if y() and c() or e:
            assert a is d + f or f()
            (not z) or (b(c, e) if b else e)
        assert 4, f - z == (z if f() else a(g, d()))
    elif b and e < b:
        with (not y) as z:
            z += (not z)
