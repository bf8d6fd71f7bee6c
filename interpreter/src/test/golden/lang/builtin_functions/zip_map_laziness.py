# zip/map/filter/enumerate are lazy single-pass iterators; order of evaluation and exhaustion.
def gen(name, n):
    for i in range(n):
        print('  ', name, 'yields', i)
        yield i
z = zip(gen('a', 2), gen('b', 3))
print('made zip')
print(list(z))
print(list(z))
m = map(lambda x, y: x * y, gen('m', 3), [10, 20])
print('made map')
print(next(m), list(m))
f = filter(lambda x: print('  test', x) or x % 2, range(4))
print('made filter', list(f))
e = enumerate(gen('e', 2), 1)
print(next(e), next(e), next(e, 'done'))
s = zip('ab', gen('strict', 3), strict=True)
try:
    print(list(s))
except ValueError as exc:
    print('ValueError', exc)
def boom():
    yield 1
    raise RuntimeError('inside generator')
try:
    list(zip(boom(), boom()))
except RuntimeError as exc:
    print('RuntimeError', exc)
r = reversed([1, 2, 3])
print(next(r), list(r), list(r))
nested = map(str, filter(None, map(lambda x: x - 2, range(5))))
print(','.join(nested))
print(list(zip(*[(1, 'a'), (2, 'b'), (3, 'c')])), list(zip(*zip('ab', 'cd'))))
print(dict(enumerate(zip('xy', 'zw'))), list(map(sum, zip([1, 2], [3, 4], [5, 6]))))
