# Slicing, slice assignment and deletion, extended slices and their errors.
def show(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)

a = list(range(10))
print(a[2:5], a[:3], a[7:], a[::2], a[::-1], a[-3:], a[5:2], a[5:2:-1], a[100:], a[-100:2])
print(a[1:9:3], a[::-3], a[None:None:None], a[slice(2, 8, 2)])
show(lambda: a[::0])
show(lambda: a['a':])
b = a[:]
b[2:5] = ['x']; print(b)
b[:0] = [-1, -2]; print(b)
b[len(b):] = 'ab'; print(b)
b[1:3] = []; print(b)
b[::2] = range(len(b[::2])); print(b)
def bad_ext():
    c = list(range(6)); c[::2] = [1, 2]
show(bad_ext)
def bad_ext2():
    c = list(range(6)); c[::-1] = [1]
show(bad_ext2)
def bad_iter():
    c = list(range(6)); c[1:2] = 5
show(bad_iter)
def bad_ext3():
    c = list(range(6)); c[::2] = 5
show(bad_ext3)
c = list(range(10))
del c[::3]; print(c)
del c[1:3]; print(c)
del c[::-2]; print(c)
del c[:]; print(c)
c = [1, 2, 3]
c[1:2] = c; print(c)
c = [1, 2, 3, 4]
c[::-1] = c; print(c)
c = [1, 2, 3]
c[5:10] = [9]; print(c)
c[-10:1] = ['s']; print(c)
c[3:1] = ['t']; print(c)
def step0():
    c[::0] = []
show(step0)
def delstep0():
    del c[::0]
show(delstep0)
print(a[slice(None)], a[slice(3)], a[slice(2, None)])
print([][1:], [][::-1])
print(a[9:-11:-1])
print(a[2**100:], a[-2**100:2], a[::2**100])
