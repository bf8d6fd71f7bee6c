# insertion order kept through updates, deletes and re-inserts; popitem is LIFO; ends with a KeyError traceback.
d = {}
for k in 'zyxwv':
    d[k] = ord(k)
d['y'] = 0
print(list(d), d.popitem(), d.popitem(), list(d))
d['z'] = 'again'; d['q'] = 1; del d['x']; d['x'] = 2
print(d, list(d.items())[-2:], next(iter(d)), next(reversed(d)))
big = {i: i for i in range(100)}
for i in range(0, 100, 2):
    del big[i]
big[0] = 'zero'
print(list(big)[:5], list(big)[-3:], len(big))
e = dict.fromkeys(range(5))
while e:
    print(e.popitem(), end=' ')
print()
c = {'b': 1, 'a': 2}
print(c == {'a': 2, 'b': 1}, list(c) == list({'a': 2, 'b': 1}), sorted(c), sorted(c.items(), key=lambda kv: kv[1]))
nested = {'outer': {'inner': [1, {'deep': ()}]}}
print(nested['outer']['inner'][1]['deep'], nested)
counts = {}
for w in 'the cat and the hat and the bat'.split():
    counts[w] = counts.get(w, 0) + 1
print(counts, max(counts, key=counts.get), sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
print({k: v for k, v in zip('abc', range(3)) if v}, dict(sorted({'b': 2, 'a': 1}.items())))
missing = {'present': 1}
print(missing['absent'])
