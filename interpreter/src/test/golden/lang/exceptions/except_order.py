# The first matching clause wins; bare except and BaseException.
def classify(exc):
    try:
        raise exc
    except KeyError:
        return "KeyError"
    except LookupError:
        return "LookupError"
    except (TypeError, ValueError) as e:
        return "Type or Value: " + type(e).__name__
    except Exception:
        return "Exception"
    except:
        return "bare"

for exc in [KeyError(), IndexError(), TypeError(), UnicodeError(), ZeroDivisionError(), KeyboardInterrupt()]:
    print(type(exc).__name__, "->", classify(exc))

try:
    try:
        raise ValueError(1)
    except int:
        pass
except TypeError as e:
    print("TypeError:", e)
