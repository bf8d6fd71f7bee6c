# Output on both streams, then an uncaught exception: stdout is flushed before the traceback.
import sys
print("first on stdout")
sys.stderr.write("first on stderr\n")
print("second on stdout")


def fail(x):
    return x.missing_attribute


fail(sys)
