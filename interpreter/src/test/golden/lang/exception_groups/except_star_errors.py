# Invalid except* clauses and how matching treats odd types.
def attempt(label, clause_type):
    try:
        try:
            raise ExceptionGroup("g", [ValueError("v")])
        except* clause_type:
            print(label, "matched")
    except TypeError as e:
        print(label, type(e).__name__, e)
    except ExceptionGroup as e:
        print(label, "unmatched", repr(e))

attempt("ExceptionGroup", ExceptionGroup)
attempt("BaseExceptionGroup", BaseExceptionGroup)
attempt("tuple with group", (ValueError, ExceptionGroup))
attempt("int", int)
attempt("instance", ValueError("x"))
attempt("tuple with int", (ValueError, int))
attempt("string", "ValueError")
attempt("empty tuple", ())
attempt("subclass of group", type("G", (ExceptionGroup,), {}))

class Meta(ValueError):
    pass

attempt("subclass", Meta)
attempt("base", BaseException)

try:
    try:
        raise ValueError("naked")
    except* int:
        pass
except TypeError as e:
    print("naked with bad type:", e)

try:
    try:
        raise ExceptionGroup("g", [ValueError("v"), TypeError("t")])
    except* ValueError:
        1 / 0
except ExceptionGroup as e:
    print(repr(e))
    z = e.exceptions[0]
    print(type(z).__name__, "context:", repr(z.__context__))

class CustomSplit(ExceptionGroup):
    def split(self, cond):
        return "not a pair"

try:
    try:
        raise CustomSplit("c", [ValueError("v"), TypeError("t")])
    except* TypeError:
        pass
except TypeError as e:
    print(type(e).__name__, e)

class ShortSplit(ExceptionGroup):
    def split(self, cond):
        return (None,)

try:
    try:
        raise ShortSplit("c", [ValueError("v"), TypeError("t")])
    except* TypeError:
        pass
except TypeError as e:
    print(type(e).__name__, e)
