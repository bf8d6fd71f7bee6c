# The everyday str methods.
s = "  Hello, World  "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr("xxhixx".strip("x")))
print("a,b,,c".split(","), "a b  c ".split(), "a b c".split(None, 1), "k=v=w".split("=", 1), "a,b,c".rsplit(",", 1))
print("-".join(["x", "y", "z"]), "".join("abc"), ", ".join([]))
print("hello".upper(), "HeLLo".lower(), "hello world".title(), "hello".capitalize(), "HeLLo".swapcase())
print("hello".startswith("he"), "hello".endswith(("lo", "xx")), "hello".startswith("l", 2))
print("banana".find("an"), "banana".rfind("an"), "banana".find("x"), "banana".index("na"), "banana".count("a"))
print("aaa".replace("a", "b"), "aaa".replace("a", "b", 2), "abc".replace("", "-"))
print("42".isdigit(), "4x".isdigit(), "abc".isalpha(), "ab1".isalnum(), "  ".isspace(), "ABC".isupper(), "abc".islower())
print("line1\nline2\r\nline3".splitlines(), "x".center(5, "*"), "x".ljust(3, "."), "x".rjust(3), "7".zfill(3), "-7".zfill(4))
print("key: value".partition(": "), "no sep".partition(":"), "a.b.c".rpartition("."))
print("prefix_body".removeprefix("prefix_"), "body.txt".removesuffix(".txt"))
try:
    "abc".index("z")
except ValueError as e:
    print("ValueError:", e)
try:
    "".join([1, 2])
except TypeError as e:
    print("TypeError:", e)
