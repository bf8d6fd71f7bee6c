# Fails half-way through its body: the names before the error were bound, the module is dropped.
print("boom starts")
first = 1
result = first / 0
never = 2
