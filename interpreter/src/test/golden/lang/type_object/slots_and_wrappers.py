# slot wrappers and method descriptors of built-in types: calling them unbound, their reprs, errors.
def show(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)

print(int.__add__(2, 3), list.__len__([1, 2]), dict.__getitem__({1: 2}, 1), str.upper('a'), set.__contains__({1}, 1))
print(tuple.__getitem__((5, 6), -1), list.__getitem__([1, 2, 3], slice(1, None)), dict.get({}, 1, 'd'))
show(lambda: int.__add__('a', 1))
show(lambda: list.append((), 1))
show(lambda: list.append())
show(lambda: dict.keys([]))
show(lambda: set.add(frozenset(), 1))
show(lambda: str.join(1, []))
print(repr(list.append), repr(dict.__dict__['fromkeys'])[:40], repr(list.__len__), repr(int.__dict__['real'])[:35])
print(type(list.append).__name__, type(list.__len__).__name__, type([].__len__).__name__, type(int.real).__name__)
print(list.append.__name__, list.append.__qualname__, list.__len__.__qualname__, list.append.__objclass__)
m = [].append
print(m.__self__, m.__name__, m.__qualname__, type(m).__name__)
print(len.__name__, len.__qualname__, len.__module__, repr(len))
print(object.__dict__['__eq__'].__get__(1)(1), int.__dict__['bit_length'].__get__(5)())
print(sorted(k for k in dict.__dict__ if not k.startswith('_')))
print(sorted(k for k in list.__dict__ if not k.startswith('_')))
print(sorted(k for k in set.__dict__ if not k.startswith('_')))
print(sorted(k for k in frozenset.__dict__ if not k.startswith('_')))
print(sorted(k for k in tuple.__dict__ if not k.startswith('_')), sorted(k for k in range.__dict__ if not k.startswith('_')))
