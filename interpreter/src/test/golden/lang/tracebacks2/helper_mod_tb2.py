def double(x):
    return x * 2

def explode(msg):
    raise RuntimeError(msg + ' in helper')
