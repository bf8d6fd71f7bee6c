# Every list method with its error cases.
def show(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)

a = [3, 1, 2]
a.append(4); print(a)
a.extend(range(2)); print(a)
a.extend("ab"); print(a)
a.insert(0, 'x'); print(a)
a.insert(-1, 'y'); print(a)
a.insert(100, 'z'); print(a)
a.insert(-100, 'w'); print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
show(lambda: [].pop())
show(lambda: [1].pop(5))
show(lambda: [1].pop('a'))
a = [1, 2, 3, 2, 1]
a.remove(2); print(a)
show(lambda: a.remove(9))
print(a.index(1), a.index(1, 1), a.index(3, -3, -1))
show(lambda: a.index(9))
show(lambda: a.index(1, 1, 2))
print(a.count(1), a.count(9))
b = a.copy(); b.append(0); print(a, b)
b.clear(); print(b)
a.reverse(); print(a)
show(lambda: a.append())
show(lambda: a.append(1, 2))
show(lambda: a.extend(5))
show(lambda: a.insert(1))
show(lambda: a.count())
show(lambda: a.copy(1))
show(lambda: list(1))
show(lambda: list([1], [2]))
show(lambda: list(x=1))
print(list(), list("abc"), list((1, 2)), list({1: 2, 3: 4}))
print(list.__name__, list.__qualname__, type([]).__name__)
c = [1, 2]
c.__init__([5, 6, 7]); print(c)
print([1, 2].__len__(), [1, 2].__contains__(2), [1, 2].__getitem__(-1))
show(lambda: [1, 2].__getitem__(5))
show(lambda: [1, 2][2])
show(lambda: [1, 2]['a'])
show(lambda: [1, 2][1.5])
d = [0] * 5
d[1] = 'a'; d[-1] = 'b'; print(d)
def setitem(): d[9] = 0
show(setitem)
def delitem(): del d[9]
show(delitem)
del d[0]; print(d)
del d[-1]; print(d)
print(sorted.__name__, list.sort.__name__)
print(repr(list.append), repr([].append)[:30])
