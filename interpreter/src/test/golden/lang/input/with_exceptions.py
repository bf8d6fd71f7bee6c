# input() inside try/except/finally and with blocks; an exception raised after reading; the
# traceback of an uncaught error shows the frames of the functions that read.
class Session:
    def __enter__(self):
        print("enter")
        return self

    def __exit__(self, kind, value, tb):
        print("exit", kind.__name__ if kind else None, value)
        return kind is KeyError


def parse(text):
    try:
        return int(text)
    except ValueError:
        return int(input("retry: "))
    finally:
        print("parsed", repr(text))


with Session() as session:
    print("user", input("user: "), type(session).__name__)
    print(parse(input("number: ")) * 2)
    raise KeyError(input("key: "))
print("after with")

for i in range(2):
    try:
        if int(input("divisor: ")) == 0:
            raise ZeroDivisionError("zero typed")
    except ZeroDivisionError as e:
        print("caught", e, input("note: "))
    else:
        print("fine", i)


def outer():
    return inner(input("outer: "))


def inner(text):
    value = input("inner: ")
    return {"a": 1}[text + value]


outer()
