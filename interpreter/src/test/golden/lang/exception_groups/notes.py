# add_note() and __notes__: on single exceptions and groups, printed under the message.
e = ValueError("with notes")
print(hasattr(e, "__notes__"))
e.add_note("first note")
e.add_note("second\nmultiline note")
print(e.__notes__)
try:
    e.add_note(5)
except TypeError as err:
    print(type(err).__name__, err)
e.__notes__ = ("a tuple of notes",)
try:
    e.add_note("more")
except TypeError as err:
    print(type(err).__name__, err)
del e.__notes__
print(hasattr(e, "__notes__"))

def failing(i):
    try:
        raise ValueError(f"item {i} invalid")
    except ValueError as err:
        err.add_note(f"while processing item {i}")
        raise

errors = []
for i in range(3):
    try:
        failing(i)
    except ValueError as err:
        errors.append(err)

group = ExceptionGroup("validation failed", errors)
group.add_note("3 items checked")
group.add_note("none passed")
raise group
