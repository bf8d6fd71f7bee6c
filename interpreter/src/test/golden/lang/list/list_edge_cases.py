# list edge cases: mutation during iteration, index with huge bounds, comparisons calling __eq__, del slices, ends in a traceback.
a = [1, 2, 3]
for x in a:
    if x == 1:
        a.append(4)
print(a)
b = [1, 2, 3, 4]
for x in b:
    b.remove(x)
print(b)
print([1, 2, 3].index(3, -2**100, 2**100), [1, 2].index(1, False), [0] * 3 == [0, 0, 0])
c = list(range(10))
c[2:8:3] = 'ab'; print(c)
c[-1:-3:-1] = [None, None]; print(c)
del c[-2:]; print(c)
print(c.pop(-1), c.pop(True), c)
print([].__class_getitem__(int) if False else list[int], list[int]([1]))
print(list.__dict__['append'].__name__, list.__dict__['__len__'].__name__)
nested = [[1, [2, [3, [4]]]]]
print(nested, nested[0][1][1][1][0])
print([x for x in range(3)] + list('ab') * 2)
big = [None] * 1000
print(len(big), big.count(None), big.index(None, 999))
e = []
e.extend(e); e.append(e); e.extend(e); print(len(e), e)
print([1, 2, 3][5:2:-1], [1, 2, 3][-5:-1], [1][::-2])
print(sorted([3, 1, 2], key=None, reverse=False))
[1, 2, 3].index(99)
