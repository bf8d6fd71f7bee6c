"""Writes hash_cases.tsv and set_order_cases.tsv from a 64-bit CPython 3.13 run with
PYTHONHASHSEED=0 (the hashes and set orders Snakebox must reproduce):

    PYTHONHASHSEED=0 python3.13 gen_hash_cases.py

Values are written as space-separated tokens: i:DECIMAL (int), b:1/b:0 (bool), f:HEX (a float's
64 raw bits), c:HEX,HEX (complex), s:HEX (str as UTF-8), y:HEX (bytes), n: (None), and tN
followed by the N item tokens (tuple).
hash_cases.tsv: hash, value.  set_order_cases.tsv: the iteration order of frozenset(items) as
indices into items, then the items in insertion order.
"""
import os
import random
import struct
import sys

assert sys.maxsize > 2**32, "needs a 64-bit CPython"
assert os.environ.get('PYTHONHASHSEED') == '0', "run with PYTHONHASHSEED=0"

def bits(x):
    return '%016x' % struct.unpack('<Q', struct.pack('<d', x))[0]

def enc(v):
    if v is None:
        return 'n:'
    if isinstance(v, bool):
        return 'b:%d' % v
    if isinstance(v, int):
        return 'i:%d' % v
    if isinstance(v, float):
        return 'f:' + bits(v)
    if isinstance(v, complex):
        return 'c:%s,%s' % (bits(v.real), bits(v.imag))
    if isinstance(v, str):
        return 's:' + v.encode('utf-8').hex()
    if isinstance(v, bytes):
        return 'y:' + v.hex()
    if isinstance(v, tuple):
        return ' '.join(['t%d' % len(v)] + [enc(x) for x in v])
    raise TypeError(v)

random.seed(20261122)
alphabet = 'abcxyz_0129 é\u00ff\u0100\u20ac\uffff\U0001f600\U0010ffff'
def rstr():
    return ''.join(random.choice(alphabet) for _ in range(random.randint(0, 20)))
def rint():
    return random.choice([random.randint(-300, 300), random.randint(-2**64, 2**64),
                          random.randint(-2**200, 2**200), random.randint(0, 2**61 + 5)])
def rfloat():
    return random.choice([random.uniform(-1e6, 1e6), random.random() * 10.0 ** random.randint(-320, 308),
                          float(random.randint(-2**70, 2**70)), random.randint(-50, 50) / 8])
def rvalue(depth=0):
    k = random.randint(0, 7 if depth < 2 else 5)
    if k == 0: return rint()
    if k == 1: return rfloat()
    if k == 2: return rstr()
    if k == 3: return rstr().encode('utf-8')
    if k == 4: return complex(rfloat(), rfloat())
    if k == 5: return random.choice([None, True, False, 0.0, -0.0, float('inf'), float('-inf'), 2**61 - 1, 2**61, -2**63])
    return tuple(rvalue(depth + 1) for _ in range(random.randint(0, 4)))

values = [rvalue() for _ in range(400)] + ['', b'', (), 'a' * 100, 'x' * 8, 'x' * 7, b'12345678', -1, -2]
with open('hash_cases.tsv', 'w') as f:
    for v in values:
        f.write('%d\t%s\n' % (hash(v), enc(v)))

def case(items):
    seen = []
    for x in items:
        if not any(x == y for y in seen):
            seen.append(x)
    order = [next(i for i, y in enumerate(items) if y == x) for x in frozenset(items)]
    return ','.join(map(str, order)) + '\t' + ' '.join(enc(x) for x in items)

sets = []
for n in [1, 2, 3, 4, 5, 6, 8, 10, 20, 50, 100, 300]:
    for _ in range(4):
        sets.append([rint() for _ in range(n)])
        sets.append([random.randint(-20, 40) for _ in range(n)])
        sets.append([rstr() for _ in range(n)])
        sets.append([rvalue() for _ in range(n)])
sets.append([i * 8 for i in range(30)])                 # all in one slot modulo the table size
sets.append([i * 2**61 for i in range(1, 12)])          # hash collisions on the prime
sets.append([1, 1.0, True, 1 + 0j, 2, 2.0, 0, False, 0.0])  # equal across types, first kept
sets.append([(1, 2), (1.0, 2.0), (2, 1), ('a',), ('a', None)])
with open('set_order_cases.tsv', 'w') as f:
    for s in sets:
        f.write(case(s) + '\n')
