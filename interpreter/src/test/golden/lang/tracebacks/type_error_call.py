# A TypeError from calling something that is not callable.
items = [1, 2, 3]
total = sum(items)
print(total)
total()
