# An error raised two calls deep inside a module's function.
def outer(data):
    return inner(data) + 1


def inner(data):
    return data["missing"]
