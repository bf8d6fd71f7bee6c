# Truth of objects: __bool__, then __len__, then true.
class Yes:
    pass

class No:
    def __bool__(self):
        return False

class Sized:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n

class BadBool:
    def __bool__(self):
        return 1

print(bool(Yes()), bool(No()), bool(Sized(0)), bool(Sized(3)))
print("yes" if Sized(2) else "no", not No(), No() or "fallback", Yes() and "both")
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)

class NegLen:
    def __len__(self):
        return -1
try:
    len(NegLen())
except ValueError as e:
    print("ValueError:", e)
