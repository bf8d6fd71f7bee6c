# Strings with characters outside ASCII and outside the BMP.
s = "naïve café"
print(s, len(s), s[2], s.upper())
e = "smile 😀!"
print(len(e), e[6], e[-1], e[::-1], list(e[5:]))
print("😀" in e, e.find("!"), e.index("😀"))
print(ord("😀"), chr(128512) == "😀", repr("é😀"))
print(sorted(["b", "é", "a", "😀"]))
