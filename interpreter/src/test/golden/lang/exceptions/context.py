# Exceptions raised while handling another one record it as __context__.
def chain():
    try:
        {}["k"]
    except KeyError:
        raise ValueError("while handling")

try:
    chain()
except ValueError as e:
    print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)

try:
    try:
        raise TypeError("first")
    except TypeError as first:
        try:
            raise ValueError("second")
        except ValueError as second:
            raise RuntimeError("third")
except RuntimeError as e:
    print(repr(e), repr(e.__context__), repr(e.__context__.__context__))

try:
    try:
        raise KeyError(1)
    finally:
        print("finally runs")
except KeyError as e:
    print("KeyError", e)
