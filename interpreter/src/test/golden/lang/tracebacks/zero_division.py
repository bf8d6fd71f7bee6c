# An arithmetic error in an expression, with carets under the operator.
def ratio(a, b):
    return a / b

values = [(1, 2), (3, 0)]
i = 0
while i < len(values):
    a, b = values[i]
    print(ratio(a, b))
    i += 1
