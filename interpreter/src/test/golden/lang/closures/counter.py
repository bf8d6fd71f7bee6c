# A closure keeps its enclosing function's variables alive.
def make_counter():
    count = 0
    def increment():
        nonlocal count
        count += 1
        return count
    return increment

c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1())
print(c2(), c2())
print(c1.__closure__[0].cell_contents)
print(len(c1.__closure__))
