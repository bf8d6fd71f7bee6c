# An uncaught RuntimeError from PEP 479, chained to the StopIteration that caused it.
def first_item(items):
    it = iter(items)
    yield next(it)

print(list(first_item([1, 2])))
print(list(first_item([])))
