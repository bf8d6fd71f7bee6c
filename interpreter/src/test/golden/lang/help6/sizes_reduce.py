# The members added for complete class pages work: __sizeof__ (only sizes the same on 32-bit
# and 64-bit builds are printed: comparisons), __reduce__ and __reduce_ex__.
print("abc".__sizeof__() < "abcd".__sizeof__(), "".__sizeof__() < "é".__sizeof__())
class S(str):
    pass
print(S("abc").__sizeof__() > "abc".__sizeof__())
print(set().__sizeof__() == frozenset().__sizeof__(), set(range(100)).__sizeof__() > set().__sizeof__())
print(bytearray().__sizeof__() <= bytearray(b"abc").__sizeof__())
print(set([3, 1, 2]).__reduce__(), frozenset([5]).__reduce__())
class T(set):
    pass
t = T([1])
print(t.__reduce__())
t.tag = "x"
print(t.__reduce__())
print(range(1, 10, 3).__reduce__(), range(5).__reduce__(), slice(1, None).__reduce__(), slice(None, 2, -1).__reduce__())
print(bytearray(b"ab").__reduce__(), bytearray(b"a\xff").__reduce_ex__(2), bytearray(b"ab").__reduce_ex__(4))
print(bytearray().__reduce_ex__(4), bytearray(b"x").__reduce_ex__())
class B(bytearray):
    pass
b = B(b"x")
b.y = 2
print(b.__reduce_ex__(4), b.__reduce_ex__(0))
print(True & False, True | False, True ^ True, True & 3, 6 ^ True)
print(bool.__and__(True, True), bool.__rxor__(True, False), bool.__or__(False, 0), bool.__ror__(True, 2))
print(bytes.maketrans(b"ab", b"cd")[97:99], bytearray.maketrans(b"a", b"z")[97])
print(bytes.maketrans.__doc__.splitlines()[0])
try:
    bytes.maketrans(b"ab", b"c")
except ValueError as e:
    print(type(e).__name__, e)
try:
    set().__sizeof__(1)
except TypeError as e:
    print(type(e).__name__, e)
print(type.__subclasses__(bool), len(type.__subclasses__(type)) >= 0)
type.__subclasses__()
