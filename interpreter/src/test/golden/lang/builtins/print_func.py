# print's separators, terminators, and files.
print("a", "b", "c")
print("a", "b", sep="-")
print("no newline", end="")
print(" then newline")
print()
print(1, 2.5, None, True, [1, "x"], sep=" | ", end=" <\n")
print(*range(5), sep=",")
print("", "", sep="x")
print(sep="unused")

class Collector:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)

c = Collector()
print("to", "collector", file=c, sep="+")
print(c.parts)
print("flushed", flush=True)
try:
    print("x", sep=1)
except TypeError as e:
    print("TypeError:", e)
try:
    print(bad=1)
except TypeError as e:
    print("TypeError:", e)
