# Calling classes with wrong arguments.
class NoInit:
    pass

class WithInit:
    def __init__(self, a, b=2):
        self.a = a

class BadInit:
    def __init__(self):
        return 42

for make in [lambda: NoInit(1), lambda: WithInit(), lambda: WithInit(1, 2, 3),
             lambda: BadInit(), lambda: WithInit(c=1)]:
    try:
        make()
    except TypeError as e:
        print("TypeError:", e)

print(WithInit(a=5).a)
obj = object()
try:
    obj.x = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    object(1)
except TypeError as e:
    print("TypeError:", e)
