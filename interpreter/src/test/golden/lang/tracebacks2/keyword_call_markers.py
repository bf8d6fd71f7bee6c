data = {'k': [1, 2, 3]}
def f(x, *, key):
    return x[key]
print(f(data, key='k')[0:2])
print(f(data['k'], key=slice(0, 1))[0].bit_length(), f(data,
    key='missing'))
