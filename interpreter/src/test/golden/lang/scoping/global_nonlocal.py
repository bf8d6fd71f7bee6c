# global and nonlocal declarations.
count = 0

def bump():
    global count
    count += 1

bump()
bump()
print(count)

def make_new_global():
    global created
    created = "made inside"

make_new_global()
print(created)

def outer():
    x = 1
    def mid():
        nonlocal x
        x += 10
        def inner():
            nonlocal x
            x *= 2
        inner()
    mid()
    return x

print(outer())

def shadowing():
    count = "local"
    return count

print(shadowing(), count)
