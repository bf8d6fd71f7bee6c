# __new__ makes the instance before __init__ runs.
class Singleton:
    _instance = None
    def __new__(cls, *args):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
            print("new instance")
        return cls._instance
    def __init__(self, value):
        self.value = value

a = Singleton(1)
b = Singleton(2)
print(a is b, a.value)

class Upper(str):
    def __new__(cls, text):
        return super().__new__(cls, text.upper())

u = Upper("abc")
print(u, type(u).__name__, len(u))

class NotMine:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never runs")

print(NotMine())
