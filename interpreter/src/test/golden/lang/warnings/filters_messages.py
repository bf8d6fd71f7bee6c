# filterwarnings: message and module patterns, categories, line numbers
import warnings

warnings.simplefilter("always")
warnings.filterwarnings("ignore", message="spam")         # matches at the start, any case
warnings.warn("spam and eggs")
warnings.warn("SPAM!")
warnings.warn("eggs and spam")
warnings.filterwarnings("ignore", message=".*eggs")
warnings.warn("green eggs")
warnings.warn("ham")
warnings.filterwarnings("error", category=RuntimeWarning, message="fatal")
try:
    warnings.warn("Fatal: disk", RuntimeWarning)
except RuntimeWarning as e:
    print("error:", e)
warnings.warn("fatal but a UserWarning")

class AppWarning(UserWarning):
    pass

class SubAppWarning(AppWarning):
    pass

warnings.filterwarnings("ignore", category=AppWarning)
warnings.warn("app", AppWarning)
warnings.warn("sub app", SubAppWarning)
warnings.warn("plain", UserWarning)

warnings.filterwarnings("ignore", module="__main__", lineno=31)
warnings.warn("line 31 is ignored")
warnings.warn("line 32 is not")
warnings.filterwarnings("error", module="other")
warnings.warn("__main__ is not other")

for f in warnings.filters[:7]:
    print(f)

# what filters accept
for kw in [dict(action="bogus"), dict(action="error", message=3), dict(action="error", category=int),
           dict(action="error", module=3), dict(action="error", lineno=-1), dict(action="error", lineno=1.5)]:
    try:
        warnings.filterwarnings(**kw)
    except Exception as e:
        print(type(e).__name__, e)

# a broken filter list
saved = warnings.filters[:]
warnings.filters.insert(0, ("error", None, Warning))
try:
    warnings.warn("x")
except ValueError as e:
    print(type(e).__name__, e)
warnings.filters[0] = (1, None, Warning, None, 0)
try:
    warnings.warn("x")
except TypeError as e:
    print(type(e).__name__, e)
warnings.filters[0] = ("explode", None, Warning, None, 0)
try:
    warnings.warn("x")
except RuntimeError as e:
    print(type(e).__name__, e)
warnings.filters[:] = saved

# defaultaction when no filter matches
warnings.resetwarnings()
warnings.defaultaction = "error"
try:
    warnings.warn("by default")
except UserWarning as e:
    print("default error:", e)
warnings.defaultaction = "ignore"
warnings.warn("nothing")
warnings.defaultaction = "once"
warnings.warn("once a")
warnings.warn("once a")
warnings.defaultaction = "default"
print(sorted(warnings.onceregistry))
print("end")
