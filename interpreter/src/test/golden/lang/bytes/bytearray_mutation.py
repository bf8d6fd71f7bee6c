# bytearray: item and slice assignment and deletion, the mutating methods, += and *=, with their errors.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

def setitem(b, k, v):
    b[k] = v
    return b

def delitem(b, k):
    del b[k]
    return b

show("ba[0] = 65", lambda: setitem(bytearray(b"abc"), 0, 65))
show("ba[-1] = 0", lambda: setitem(bytearray(b"abc"), -1, 0))
show("ba[1] = 300", lambda: setitem(bytearray(b"abc"), 1, 300))
show("ba[1] = -1", lambda: setitem(bytearray(b"abc"), 1, -1))
show("ba[5] = 3", lambda: setitem(bytearray(b"abc"), 5, 3))
show("ba['a'] = 3", lambda: setitem(bytearray(b"abc"), "a", 3))
show("ba[1] = b'x'", lambda: setitem(bytearray(b"abc"), 1, b"x"))
show("ba[0:1] = b'XYZ'", lambda: setitem(bytearray(b"abc"), slice(0, 1), b"XYZ"))
show("ba[1:] = []", lambda: setitem(bytearray(b"abc"), slice(1, None), []))
show("ba[0:1] = [65, 66]", lambda: setitem(bytearray(b"abc"), slice(0, 1), [65, 66]))
show("ba[0:1] = 5", lambda: setitem(bytearray(b"abc"), slice(0, 1), 5))
show("ba[0:1] = 'x'", lambda: setitem(bytearray(b"abc"), slice(0, 1), "x"))
show("ba[0:1] = [256]", lambda: setitem(bytearray(b"abc"), slice(0, 1), [256]))
show("ba[::2] = b'XY'", lambda: setitem(bytearray(b"abc"), slice(None, None, 2), b"XY"))
show("ba[::2] = b'XYZ'", lambda: setitem(bytearray(b"abc"), slice(None, None, 2), b"XYZ"))
show("ba[::-1] = b'xyz'", lambda: setitem(bytearray(b"abc"), slice(None, None, -1), b"xyz"))
show("ba[3:0] = b'Q'", lambda: setitem(bytearray(b"abc"), slice(3, 0), b"Q"))
show("ba[:] = ba", lambda: (lambda b: setitem(b, slice(None), b))(bytearray(b"self")))
show("ba[1:1] = bytearray(b'--')", lambda: setitem(bytearray(b"abc"), slice(1, 1), bytearray(b"--")))
show("del ba[0]", lambda: delitem(bytearray(b"abc"), 0))
show("del ba[-1]", lambda: delitem(bytearray(b"abc"), -1))
show("del ba[7]", lambda: delitem(bytearray(b"abc"), 7))
show("del ba[::2]", lambda: delitem(bytearray(b"abcdef"), slice(None, None, 2)))
show("del ba[1:3]", lambda: delitem(bytearray(b"abcdef"), slice(1, 3)))
show("del ba[::-2]", lambda: delitem(bytearray(b"abcdef"), slice(None, None, -2)))
b = bytearray(b"hello")
b.append(33)
b.extend(b" world")
b.extend([63, 64])
b.extend(range(65, 67))
b.insert(0, 62)
b.insert(-1, 60)
b.insert(100, 61)
print(b, b.pop(), b.pop(0), b.pop(-2), b)
b.remove(ord("o"))
b.reverse()
print(b, len(b), b.count(b"l"), b.index(b"l"))
c = b.copy()
b.clear()
print(b, c, c is not b, len(b))
show("append('x')", lambda: bytearray(b"a").append("x"))
show("append(256)", lambda: bytearray(b"a").append(256))
show("extend('x')", lambda: bytearray(b"a").extend("x"))
show("extend(5)", lambda: bytearray(b"a").extend(5))
show("extend([1, 'a'])", lambda: bytearray(b"a").extend([1, "a"]))
show("insert(0, 300)", lambda: bytearray(b"a").insert(0, 300))
show("insert('0', 1)", lambda: bytearray(b"a").insert("0", 1))
show("pop(7)", lambda: bytearray(b"abc").pop(7))
show("pop() empty", lambda: bytearray().pop())
show("remove(9)", lambda: bytearray(b"a").remove(9))
show("remove(b'a')", lambda: bytearray(b"a").remove(b"a"))
x = bytearray(b"q")
y = x
x += b"x"
x += bytearray(b"y")
x *= 2
print(x, y, x is y)
show("x += 'a'", lambda: x.__iadd__("a"))
show("x *= 'a'", lambda: x.__imul__("a"))
x *= 0
print(x, y)
print(bytearray(b"ab") * 2, 2 * bytearray(b"c"), bytearray(b"a") + b"b", b"b" + bytearray(b"a"), type(b"b" + bytearray(b"a")).__name__)
show("bytearray(b'a') + 'x'", lambda: bytearray(b"a") + "x")
show("hash(bytearray())", lambda: hash(bytearray()))
show("{bytearray(): 1}", lambda: {bytearray(): 1})
