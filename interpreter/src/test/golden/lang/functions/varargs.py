# *args and **kwargs collect the extra arguments.
def show(*args, **kwargs):
    print("args:", args)
    print("kwargs:", kwargs)

show()
show(1, 2, 3)
show(a=1, b=2)
show(1, "two", three=3)

def total(first, *rest):
    s = first
    i = 0
    while i < len(rest):
        s = s + rest[i]
        i += 1
    return s

print(total(1), total(1, 2, 3), total("a", "b", "c"))

def kwonly(a, b, *, c, d=4):
    return (a, b, c, d)

print(kwonly(1, 2, c=3))
print(kwonly(1, b=2, c=3, d=5))

def posonly(a, b, /, c):
    return a * 100 + b * 10 + c

print(posonly(1, 2, 3), posonly(1, 2, c=3))
