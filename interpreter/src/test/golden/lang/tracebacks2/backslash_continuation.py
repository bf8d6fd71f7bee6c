items = [1, 2]
total = items[0] + \
    items[1] * \
    items[2]
