# sys.stdout, sys.stderr and sys.stdin as text files.
import sys
print(sys.stdout, sys.stderr, sys.stdin)
print(sys.stdout.write("written\n"))
print(sys.stdout.write("héllo ✓\n"))
print(sys.stdout.write(""))
print(sys.stderr.write("to stderr\n"))
print(sys.stdout.writelines(["a", "b", "c\n"]))
print("via print", 1, 2, file=sys.stderr)
print("sep", "end", sep="-", end="!\n", file=sys.stdout)
print(sys.stdout.isatty(), sys.stdout.flush(), sys.stdout.encoding, sys.stderr.encoding)
print(sys.stdout.name, sys.stderr.name, sys.stdin.name, sys.stdout.mode, sys.stdin.mode)
print(sys.stdout.closed, sys.stdout.fileno(), sys.stderr.fileno(), sys.stdin.fileno())
print(sys.stdout.writable(), sys.stdin.readable(), sys.stdout.seekable())
print(sys.stderr.line_buffering, sys.stderr.errors)
print(sys.__stdout__ is sys.stdout, sys.__stderr__ is sys.stderr, sys.__stdin__ is sys.stdin)
print(type(sys.stdout).__name__, type(sys.stdout).__module__)
try:
    sys.stdout.write(42)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sys.stdout.writelines(["ok\n", b"bytes"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    sys.stdout.write()
except TypeError as e:
    print(type(e).__name__, e)
sys.stdout.flush()
print("end")
