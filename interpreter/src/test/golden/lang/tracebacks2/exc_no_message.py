class Quiet(Exception):
    pass

def f():
    raise Quiet

try:
    f()
except Quiet as e:
    raise Quiet() from e
