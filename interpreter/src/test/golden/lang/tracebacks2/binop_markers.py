def compute(a, b, c):
    return a + b * c // (b - b)

values = {'first': 10, 'second': 3}
result = compute(values['first'],
                 values['second'], 4)
