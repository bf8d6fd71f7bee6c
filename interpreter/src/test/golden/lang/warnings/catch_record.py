# catch_warnings: recording, restoring, and the WarningMessage objects
import warnings

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.warn("first")
    warnings.warn("second", RuntimeWarning)
    warnings.warn(DeprecationWarning("third"))
    warnings.warn("first")
print(len(log))
for m in log:
    print(type(m).__name__, type(m.message).__name__, m.message, m.category.__name__, m.lineno, m.line, m.file, m.source)
    print(m.filename.endswith("catch_record.py"))
print(str(log[0]).replace(log[0].filename, "FILE"))
print(log[0].message.args, isinstance(log[0].message, UserWarning))

# filters and showwarning come back afterwards
before = warnings.filters[:]
show = warnings.showwarning
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    warnings.filterwarnings("error", "bad")
    print(len(warnings.filters) - len(before))
    warnings.warn("silent")
print(warnings.filters == before, warnings.showwarning is show)

# no record: None is returned
with warnings.catch_warnings() as nothing:
    print(nothing)

# action= installs a simple filter for the block
with warnings.catch_warnings(action="error", category=RuntimeWarning):
    try:
        warnings.warn("boom", RuntimeWarning)
    except RuntimeWarning as e:
        print("error inside:", e)
    print(warnings.filters[0])
print(warnings.filters[0])

# nested
with warnings.catch_warnings(record=True) as outer:
    warnings.simplefilter("always")
    warnings.warn("outer 1")
    with warnings.catch_warnings(record=True) as inner:
        warnings.simplefilter("always")
        warnings.warn("inner")
    warnings.warn("outer 2")
print([str(m.message) for m in outer], [str(m.message) for m in inner])

# an exception leaving the block still restores
try:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        warnings.warn("escaping")
except UserWarning as e:
    print("escaped:", e)
print(warnings.filters == before)

# repr and misuse
cw = warnings.catch_warnings(record=True)
print(repr(cw), repr(warnings.catch_warnings()))
cw.__enter__()
try:
    cw.__enter__()
except RuntimeError as e:
    print(type(e).__name__, e)
cw.__exit__(None, None, None)
try:
    warnings.catch_warnings().__exit__(None, None, None)
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    warnings.catch_warnings(True)
except TypeError as e:
    print(type(e).__name__, e)

# a WarningMessage by hand
wm = warnings.WarningMessage("msg", UserWarning, "file.py", 3)
print(wm, wm.file, wm.line, wm.source)
wm = warnings.WarningMessage(Warning("w"), None, "f.py", 7, line="code")
print(wm)

# the registry dedupes "default" warnings until the filters change
def noisy():
    warnings.warn("noisy")
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("default")
    noisy()
    noisy()
    warnings.simplefilter("default")
    noisy()
print(len(log))
print("end")
