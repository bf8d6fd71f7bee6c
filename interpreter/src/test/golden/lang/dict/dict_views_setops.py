# dict views: set operations with sets, lists and other views; comparisons; live updates; errors.
k = {'a': 1, 'b': 2, 'c': 3}.keys()
items = {'a': 1, 'b': 2}.items()
print(sorted(k & ['a', 'z']), sorted(['a', 'z'] & k) if False else sorted(k & {'a'}), sorted(k | ['z']), sorted(k - ['a']), sorted(k ^ ['a', 'q']))
print(sorted({'a', 'x'} & k), sorted({'x'} | k), sorted({'a', 'x'} - k), sorted({'a', 'x'} ^ k))
print(sorted(k & {'b': 0}.keys()), sorted(items & {('a', 1), ('b', 3)}), sorted(items - {('a', 1)}))
print(k == set(['a', 'b', 'c']), k != {'a'}, k < set(['a', 'b', 'c', 'd']), k > {'a'}, k >= k, k == ['a', 'b', 'c'])
print(items == {('a', 1), ('b', 2)}, items <= set([('a', 1), ('b', 2), ('c', 3)]), ('a', 1) in items, ('a', 2) in items)
d = {1: 'x'}
kv, vv, iv = d.keys(), d.values(), d.items()
d[2] = 'y'
print(kv, vv, iv, len(kv), list(vv), 2 in kv, 'y' in vv, (2, 'y') in iv)
del d[1]
print(kv, vv, iv, list(reversed(iv)))
print(kv.isdisjoint([3, 4]), kv.isdisjoint([2]), iv.isdisjoint([(2, 'y')]), kv.isdisjoint(x for x in [9]))
try:
    vv | {1}
except TypeError as e:
    print('TypeError', e)
try:
    kv.isdisjoint(5)
except TypeError as e:
    print('TypeError', e)
print(type(kv & kv).__name__, type(iv | iv).__name__, kv & set() == set())
un = {'u': [1]}.items()
try:
    print(un & {('u', 2)})
except TypeError as e:
    print('TypeError', e)
print(('u', [1]) in un, ['u', [1]] in un)
print(vv.mapping, kv.mapping['2'] if False else kv.mapping[2], type(vv.mapping).__name__)
