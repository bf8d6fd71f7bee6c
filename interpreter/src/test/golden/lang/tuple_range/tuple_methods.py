# tuple: methods, operators, slicing, hash equality, errors.
def show(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)

t = (1, 2, 3, 2)
print(t.count(2), t.index(2), t.index(2, 2), t.index(3, -2))
show(lambda: t.index(9))
show(lambda: t.index(2, 0, 1))
show(lambda: t.count())
print(t + (4,), t * 2, 2 * t, t * 0, () * 9, t[1:], t[::-1], t[::2], t[-1], t[5:1])
show(lambda: t + [4])
show(lambda: t[9])
show(lambda: t['x'])
show(lambda: t * 1.0)
def setit():
    t[0] = 1
show(setit)
def delit():
    del t[0]
show(delit)
print((1, 2) < (1, 3), (1,) < (1, 0), (2,) > (1, 5), () == (), (1,) == [1], (1, 2) != (1, 2))
show(lambda: (1,) < ('a',))
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()), hash((1, 'a')) == hash((1.0, 'a')))
show(lambda: hash((1, [])))
print(tuple(), tuple([1, 2]), tuple('ab'), tuple(range(3)), tuple({1: 2}))
show(lambda: tuple(1))
show(lambda: tuple(x=1))
print(repr((1,)), repr(()), str((1, 'a', (2,))), ((),))
x = (1, 2)
print(tuple(x) is x, x[:] is x, x * 1 is x)
print(2 in x, 5 not in x, len(x), bool(()))
print(t.__getitem__(0), t.__len__(), t.__contains__(3), t.__add__((9,)), t.__mul__(2))
print(tuple.__name__, type(iter(())).__name__)
a, *b = (1, 2, 3); print(a, b)
class T(tuple):
    pass
print(T((1, 2)), type(T((1,)) + (2,)).__name__, T() == (), repr(T([3])))
print(sum(((1,), (2,)), ()))
print(max((1, 5), (1, 7)), min((2,), (1, 9)))
l = [1]
tt = (l, l); l.append(tt)
print(tt)
