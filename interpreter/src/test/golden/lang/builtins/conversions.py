# str, repr, list, tuple, dict, set conversions of built-in values.
print(str(1), str(1.0), str("s"), str(None), str([1, "a"]), str({"k": (1,)}))
print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("\n\t\\"))
print(list("abc"), list((1, 2)), list({"a": 1}), list(range(3)))
print(tuple([1, 2]), tuple("xy"), dict([(1, 2)]), dict(zip("ab", [1, 2])))
print(str(), list(), tuple(), dict(), int(), float(), bool())
print(chr(65), ord("A"), chr(955), ord("λ"), ascii("λx"))
print(repr(1e16), repr(1.5e-7), repr(0.1 + 0.2), str(100.0), repr(-0.0))
print(repr(10**20), repr(-(2**70)), 2**64)
print(format(42), format("s"), str(True), repr(False))
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
try:
    chr(0x110000)
except ValueError as e:
    print("ValueError:", e)
