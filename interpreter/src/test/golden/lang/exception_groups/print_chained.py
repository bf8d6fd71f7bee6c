# An uncaught group whose members have causes and contexts, raised from another exception.
def load(path):
    try:
        raise FileNotFoundError(f"no such file: {path}")
    except FileNotFoundError as e:
        raise RuntimeError(f"could not load {path}") from e

def parse(text):
    try:
        int(text)
    except ValueError:
        raise TypeError(f"bad config value {text!r}")

errors = []
for job in [lambda: load("a.cfg"), lambda: parse("x1")]:
    try:
        job()
    except Exception as e:
        errors.append(e)

try:
    raise KeyError("original problem")
except KeyError as original:
    raise ExceptionGroup("startup failed", errors) from original
