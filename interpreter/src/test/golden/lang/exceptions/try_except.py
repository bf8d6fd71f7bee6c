# try/except/else/finally in their combinations.
def divide(a, b):
    try:
        result = a / b
    except ZeroDivisionError as e:
        print("caught:", e)
        return None
    else:
        print("no error")
        return result
    finally:
        print("finally for", a, b)

print(divide(6, 3))
print(divide(1, 0))

def which(x):
    try:
        if x == 0:
            raise ValueError("zero")
        if x == 1:
            raise KeyError("one")
        if x == 2:
            return [][1]
        return "fine"
    except (ValueError, KeyError) as e:
        return type(e).__name__ + " " + repr(e.args)
    except LookupError as e:
        return "lookup: " + str(e)

for x in range(4):
    print(which(x))
