# RecursionError can be caught, and the program goes on.
def forever(n):
    return forever(n + 1)

try:
    forever(0)
except RecursionError as e:
    print("caught:", e)

def measure(n):
    try:
        return measure(n + 1)
    except RecursionError:
        return n

print(measure(0) > 900)

def fine(n):
    return n if n == 0 else fine(n - 1)
print(fine(500))
