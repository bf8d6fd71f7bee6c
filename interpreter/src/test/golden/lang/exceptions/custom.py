# User-defined exception classes with extra state.
class AppError(Exception):
    pass

class NotFound(AppError):
    def __init__(self, key):
        super().__init__("missing: " + key)
        self.key = key

class Invalid(AppError):
    def __init__(self, field, reason):
        self.field = field
        self.reason = reason
    def __str__(self):
        return self.field + " is invalid (" + self.reason + ")"

def lookup(d, k):
    if k not in d:
        raise NotFound(k)
    return d[k]

try:
    lookup({}, "x")
except AppError as e:
    print(type(e).__name__, e, e.key, e.args)

try:
    raise Invalid("age", "negative")
except AppError as e:
    print(e, repr(e), e.args)

print(issubclass(NotFound, Exception), NotFound.__mro__)
e = NotFound("z")
print(e.key, str(e), repr(e))
