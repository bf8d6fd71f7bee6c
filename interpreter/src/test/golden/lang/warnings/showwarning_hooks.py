# replacing warnings.showwarning and warnings.formatwarning; showwarning to a file
import sys
import warnings

warnings.simplefilter("always")

def my_show(message, category, filename, lineno, file=None, line=None):
    print("SHOW", category.__name__, message, lineno, file, line)

warnings.showwarning = my_show
warnings.warn("via my_show")
warnings.warn("again", RuntimeWarning)
warnings.showwarning = warnings._showwarning_orig

def my_format(message, category, filename, lineno, line=None):
    return "FMT %s %s %d\n" % (category.__name__, message, lineno)

warnings.formatwarning = my_format
warnings.warn("formatted")
warnings.formatwarning = warnings._formatwarning_orig

print(repr(warnings.formatwarning("text", UserWarning, "prog.py", 12)))
print(repr(warnings.formatwarning("text", UserWarning, "prog.py", 12, "  x = 1  ")))
print(repr(warnings.formatwarning(ValueError("v"), FutureWarning, "<stdin>", 1, "")))

class Sink:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)

sink = Sink()
warnings.showwarning("to a file", UserWarning, "f.py", 4, sink, "line here")
print(sink.parts)

# showwarning to sys.stdout instead of stderr
warnings.showwarning("on stdout", Warning, "g.py", 5, sys.stdout, "")

# sys.stderr replaced: the default display writes there
saved = sys.stderr
sys.stderr = Sink()
warnings.warn("into the sink")
captured = sys.stderr.parts
sys.stderr = saved
print([p.replace(__file__, "FILE") for p in captured])

# a showwarning that is not callable
warnings.showwarning = 42
try:
    warnings.warn("x")
except TypeError as e:
    print(type(e).__name__, e)
warnings.showwarning = warnings._showwarning_orig

# warn_explicit: explicit location, module and registry
reg = {}
warnings.simplefilter("default")
warnings.warn_explicit("explicit", UserWarning, "somefile.py", 10, "mymod", reg)
warnings.warn_explicit("explicit", UserWarning, "somefile.py", 10, "mymod", reg)
print(sorted(k for k in reg if k != "version"))
warnings.warn_explicit("no registry", RuntimeWarning, "other.py", 3)
warnings.warn_explicit("no registry", RuntimeWarning, "other.py", 3)
warnings.filterwarnings("ignore", module="mymod")
warnings.warn_explicit("filtered by module", UserWarning, "a.py", 1, "mymod")
warnings.warn_explicit("module given by file", UserWarning, "mymod.py", 2)
warnings.filterwarnings("ignore", "IGNORE ME")
warnings.warn_explicit("ignore me please", UserWarning, "b.py", 1)
warnings.warn_explicit("don't ignore me", UserWarning, "b.py", 2)
print(warnings.filters[:2])
try:
    warnings.warn_explicit("x", UserWarning, "c.py", 1, registry=[])
except TypeError as e:
    print(type(e).__name__, e)
print("end")
