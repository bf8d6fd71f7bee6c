# set iteration order of small ints (word-size independent): growth, deletion, re-adding, copies, operators.
s = set()
for i in [40, 3, 77, 12, 5, 64, 33, 1, 100, 8]:
    s.add(i)
    print(s)
for i in [3, 64, 1]:
    s.remove(i)
print(s)
s.update([3, 200, 65])
print(s, s.copy(), set(s), frozenset(s))
print({5, 37, 69} | {101, 133}, {1, 9, 17, 25} & {25, 17}, {7, 15, 23} - {15}, {1, 2} ^ {2, 33})
t = set(range(0, 100, 9))
print(t, {x % 13 for x in t}, sorted(t) == sorted(set(sorted(t))))
u = {-1, -5, 0, 7, -8, 16}
print(u, {True, 2, 1.0}, {1.5, 2.5} if False else {8, 16, 24, 32, 0})
print(set(range(30, 0, -1)), set([31, 63, 95, 127]))
v = set(range(20))
for i in range(0, 20, 3):
    v.discard(i)
v.add(100); v.add(3)
print(v, len(v))
print(frozenset(range(5)) | frozenset([40, 41]), {2**20, 2**10, 2**5})
