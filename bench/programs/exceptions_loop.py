# Exceptions raised and caught in a loop: raise, except with a class match, finally, and a
# function that fails part of the time.
class Odd(Exception):
    pass

def check(i):
    if i % 2:
        raise Odd(i)
    return i

caught = 0
total = 0
for i in range(300000):
    try:
        total += check(i)
    except Odd as e:
        caught += 1
    finally:
        total += 1
try:
    for i in range(50000):
        try:
            {}[i]
        except KeyError:
            caught += 1
except Exception:
    pass
print(caught, total)
