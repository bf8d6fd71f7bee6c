# An uncaught user-defined exception with a custom __str__ and a note.
class ValidationError(Exception):
    def __init__(self, field):
        self.field = field
    def __str__(self):
        return "invalid field " + repr(self.field)

def check(record):
    if "name" not in record:
        e = ValidationError("name")
        e.add_note("records need a name")
        raise e

check({"name": "x"})
check({})
