# warnings.warn, the default filters and the actions, as a learner meets them
import warnings

print(warnings.filters)
print(warnings.defaultaction, warnings.onceregistry)

# UserWarning by default, shown once per location ("default" action)
for i in range(3):
    warnings.warn("careful")
warnings.warn("careful")
warnings.warn("second", RuntimeWarning)
warnings.warn(UserWarning("an instance"))
warnings.warn(FutureWarning("instance wins", "x"), DeprecationWarning)

# the registry of this module records what was shown
reg = globals()["__warningregistry__"]
print(sorted(k for k in reg if k != "version"), reg["version"] >= 0)

# DeprecationWarning: shown in __main__, ignored elsewhere by default
warnings.warn("old stuff", DeprecationWarning)
warnings.warn("pending", PendingDeprecationWarning)
warnings.warn("import", ImportWarning)
warnings.warn("resource", ResourceWarning)

# stacklevel names the caller
def api():
    warnings.warn("api is deprecated", DeprecationWarning, stacklevel=2)

def user():
    api()

user()
api()

def deep():
    warnings.warn("far away", stacklevel=50)

deep()

# bad arguments
for bad in [int, "text", 3, None.__class__]:
    try:
        warnings.warn("x", bad)
    except TypeError as e:
        print(type(e).__name__, e)

try:
    warnings.warn()
except TypeError as e:
    print(type(e).__name__, e)

# simplefilter actions
warnings.simplefilter("always")
for i in range(2):
    warnings.warn("always shown")
warnings.simplefilter("ignore", UserWarning)
warnings.warn("ignored")
warnings.warn("not a user warning", SyntaxWarning)
warnings.simplefilter("error", RuntimeWarning)
try:
    warnings.warn("now an error", RuntimeWarning)
except RuntimeWarning as e:
    print("caught", type(e).__name__, e, e.args)
try:
    warnings.warn(RuntimeWarning("an instance", 2))
except RuntimeWarning as e:
    print("caught", repr(e))
print(warnings.filters[:3])

warnings.resetwarnings()
print(warnings.filters)
warnings.simplefilter("once")
for i in range(3):
    warnings.warn("once only")
warnings.warn("once only")
warnings.warn("once only", RuntimeWarning)
warnings.simplefilter("module")
warnings.warn("module once")
warnings.warn("module once")

# invalid filters
for args in [("bogus",), ("error", Warning, -1), ("error", Warning, 1.5)]:
    try:
        warnings.simplefilter(*args)
    except Exception as e:
        print(type(e).__name__, e)
print(len(warnings.filters))

# a duplicate filter moves to the front; appended it stays put
warnings.resetwarnings()
warnings.simplefilter("ignore")
warnings.simplefilter("error")
warnings.simplefilter("ignore")
print(warnings.filters)
warnings.simplefilter("error", append=True)
print(warnings.filters)
warnings.simplefilter("always", append=True)
print(warnings.filters)
warnings.warn("ignored by the first filter")
print("done")
