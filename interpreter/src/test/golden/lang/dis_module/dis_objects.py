# dis.dis on functions, methods, classes, code objects and source text.
import dis

def f(a, b=2):
    for i in range(a):
        if i % 2:
            b += i
    try:
        x = a / b
    except ZeroDivisionError:
        x = None
    return f"{x!r:>10}"

class C:
    def m(self):
        return super().m()
    @classmethod
    def k(cls):
        return cls
    @staticmethod
    def s(x):
        return [y for y in x]
    x = 5

def gen():
    yield from range(3)

dis.dis(f)
dis.dis(C)
dis.dis(C().m)
dis.dis(gen())
dis.dis("a + b * 2")
dis.dis("x = 1\ny = [i for i in x]")
dis.dis(f, show_caches=True, show_offsets=True)
dis.disassemble(f.__code__, 10)
dis.disco(C.k.__code__)
dis.dis(compile("def g():\n  def h():\n    return 1\n  return h", "s", "exec"), depth=1)
dis.dis(compile("def g():\n  def h():\n    return 1\n  return h", "s", "exec"), depth=0)
for bad in [5, None, [1]]:
    try:
        dis.dis(bad)
    except Exception as e:
        print(type(e).__name__, e)
