# Replacing sys.stdout: print writes to whatever object is there.
import sys


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)
        return len(text)

    def flush(self):
        self.parts.append("<flush>")


saved = sys.stdout
cap = Capture()
sys.stdout = cap
print("one", 2, [3])
print("no newline", end="")
print("flushed", flush=True)
sys.stdout = saved
print(cap.parts)
print(sys.stdout is sys.__stdout__)

sys.stdout = None
print("this goes nowhere")
sys.stdout = saved
print("back")


class NoWrite:
    pass


sys.stdout = NoWrite()
try:
    print("fails")
except AttributeError as e:
    sys.stdout = saved
    print(type(e).__name__, e)
sys.stderr = Capture()
print("to the captured stderr", file=sys.stderr)
captured = sys.stderr.parts
sys.stderr = sys.__stderr__
print(captured)
