# A float ZeroDivisionError that nobody catches.
def average(xs):
    return sum(xs) / len(xs)

def ratio(a, b):
    return a % b

print(average([1.5, 2.5, 3.0]))
print(ratio(7.5, 2.0))
print(ratio(7.5, 0.0))
