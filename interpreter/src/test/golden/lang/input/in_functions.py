# input() called from functions, methods, __init__, lambdas, comprehensions,
# nested calls and recursion: each call gets the next line.
def read_pair():
    return input("x: "), input("y: ")


class Point:
    def __init__(self):
        self.x = int(input("Point.x: "))
        self.y = int(input("Point.y: "))

    def scaled(self):
        k = int(input("scale: "))
        return Point.__new__(Point).__class__.__name__, self.x * k, self.y * k


def countdown(n):
    if n == 0:
        return [input("bottom: ")]
    return [input("level " + str(n) + ": ")] + countdown(n - 1)


print(read_pair())
p = Point()
print(p.x + p.y, p.scaled())
print(countdown(3))
ask = lambda q: input(q).upper()
print(ask("lambda: "))
print([input("item: ") for _ in range(3)])
print({input("key: "): input("value: ") for _ in range(2)})
print(max(input("m1: "), input("m2: ")), len(input("len: ")))
print(sorted([int(input("s: ")) for _ in range(4)], reverse=True))
