# finally runs on return, break and continue, and can override the return value.
def f():
    try:
        return "try"
    finally:
        print("cleanup f")

def g():
    try:
        return "try"
    finally:
        return "finally"

def h():
    out = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append("f" + str(i))
    return out

print(f(), g(), h())

def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(swallow())
