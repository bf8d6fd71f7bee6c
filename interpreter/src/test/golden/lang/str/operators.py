# str operators: +, *, %, in, comparisons, and their errors (reflected operands too).

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

a, b = "abc", "abd"
print(a + b, a * 2, 2 * a, a * 0, a * -3, "" * 5, a * True, "😀" * 3)
print(a < b, a <= b, a > b, a >= b, a == "abc", a != "abc", "" < "a", "Z" < "a", "é" > "z", "😀" > "\uffff")
print(a == 1, a != None, "1" == 1, sorted(["b", "B", "a", "é", "😀", "", "aa"]))
print("b" in a, "bc" in a, "" in a, "x" in a, a in a, "ab" not in a)

show("str + int", lambda: a + 1)
show("int + str", lambda: 1 + a)
show("str + bytes", lambda: a + b"x")
show("str + None", lambda: a + None)
show("str * str", lambda: a * "2")
show("str * float", lambda: a * 2.0)
show("float * str", lambda: 2.5 * a)
show("str * huge", lambda: a * 2**100)
show("str < int", lambda: a < 1)
show("int >= str", lambda: 1 >= a)
show("str < None", lambda: a < None)
show("int in str", lambda: 1 in a)
show("None in str", lambda: None in a)
show("str - str", lambda: a - b)
show("-str", lambda: -a)
show("int % str", lambda: 5 % a)
show("list % str", lambda: [] % a)
show("str % list", lambda: a % [])

class Times:
    def __rmul__(self, other):
        return "rmul:" + other
    def __radd__(self, other):
        return "radd:" + other
    def __rmod__(self, other):
        return "rmod:" + other
print(a * Times(), a + Times())
show("str % rmod", lambda: a % Times())
show("fmt % rmod", lambda: "%s" % Times())

class Rep:
    def __index__(self):
        return 3
print(a * Rep(), Rep() * a if hasattr(Rep, "__mul__") else "no __mul__")

x = "ab"
x += "cd"
x *= 2
print(x, x.__add__("!"), x.__mul__(2), x.__rmul__(2), x.__contains__("da"), x.__len__(), x.__getitem__(-1))
print(x.__lt__("b"), x.__eq__(1), x.__mod__(()), x.__rmod__("%s"), str.__add__("a", "b"))
show("__add__ int", lambda: x.__add__(1))
show("__mul__ str", lambda: x.__mul__("a"))
show("__contains__ int", lambda: x.__contains__(1))
print(a + 1)
