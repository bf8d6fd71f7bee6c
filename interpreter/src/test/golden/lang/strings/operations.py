# Indexing, slicing, concatenation, repetition, comparison and membership of str.
s = "python"
print(s[0], s[-1], s[1:4], s[::-1], s[::2], s[10:], s[-100:2])
print(s + "3", s * 2, 3 * "ab", "" * 5, "th" in s, "x" not in s, "" in s)
print("apple" < "banana", "Z" < "a", "abc" == "abc", "a" != "b", "ab" < "abc")
print(len(s), list(s)[:3], sorted("bca"), max("hello"), min("hello"))
print(str(12) + "!", "%d" if False else "no percent", repr("tab\there"))
words = "the quick brown fox".split()
print(" ".join([w[::-1] for w in words]), [w[0].upper() + w[1:] for w in words])
try:
    s[100]
except IndexError as e:
    print("IndexError:", e)
try:
    s[0] = "P"
except TypeError as e:
    print("TypeError:", e)
try:
    "a" + 1
except TypeError as e:
    print("TypeError:", e)
try:
    1 in "abc"
except TypeError as e:
    print("TypeError:", e)
