# Globals shadow builtins; deleting the global reveals the builtin again.
print(len("abc"))
def len(x):
    return "shadowed"
print(len("abc"))
del len
print(len("abc"))

def uses_max(values):
    return max(values)
print(uses_max([1, 5, 2]))
max = min
print(uses_max([1, 5, 2]))
del max
print(uses_max([1, 5, 2]))
try:
    del undefined_global
except NameError as e:
    print("NameError:", e)
print(globals()["__name__"], "__builtins__" in globals())
