# Several closures share one cell.
def pair():
    value = 0
    def get():
        return value
    def put(v):
        nonlocal value
        value = v
    return get, put

get, put = pair()
print(get())
put(42)
print(get())
put("changed")
print(get())
print(get.__closure__[0] is put.__closure__[0])

def make():
    fns = []
    i = 0
    while i < 3:
        def f(i=i):
            return i * 10
        fns.append(f)
        i += 1
    return fns

print([f() for f in make()])
