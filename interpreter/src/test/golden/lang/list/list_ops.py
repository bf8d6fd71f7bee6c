# Operators of list: + * += *= comparisons, in, repr (recursive), equality with other types.
def show(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)

a = [1, 2]
print(a + [3], a * 3, 3 * a, a * 0, a * -1, [] * 5)
show(lambda: a + (3,))
show(lambda: a + 'x')
show(lambda: a * 'x')
show(lambda: a * 1.5)
b = a
b += (5, 6); print(a, b is a)
b += 'xy'; print(a)
b *= 2; print(a, b is a)
b *= 0; print(a)
def badiadd():
    c = [1]; c += 5
show(badiadd)
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9], [1] == [1.0], [1] != [1], [] < [0])
print([1, 2] <= [1, 2], [1, 2] >= [1, 3], [[1]] == [[1]], [1] == (1,))
show(lambda: [1] < ['a'])
show(lambda: [1] < (1,))
show(lambda: [1, 'a'] < [1, 2])
print(2 in [1, 2], 3 not in [1, 2], [] in [[]])
x = [1, 2]
x.append(x); print(x, repr(x), str(x))
y = [x, [x]]; print(y)
z = []; z.append(z); print(z == z)
nan = float('nan')
print([nan] == [nan], nan in [nan])
print(hash.__name__)
show(lambda: hash([]))
show(lambda: {[]: 1})
print(bool([]), bool([0]), len([1, 2, 3]))
print([1, 2, 3].__add__((1,)))
print([1, 2].__mul__('a'), [1].__rmul__(2), [1].__eq__(1))
print(list.__hash__)
print(isinstance([], list), issubclass(list, object))
print([*range(3), *"ab"])
print(list.__iter__([1]).__class__.__name__, type(reversed([])).__name__)
print(list(reversed([1, 2, 3])), [1, 2, 3].__reversed__().__length_hint__())
it = iter([1, 2, 3]); next(it); print(it.__length_hint__(), list(it))
