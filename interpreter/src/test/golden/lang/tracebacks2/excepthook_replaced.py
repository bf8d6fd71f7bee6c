import sys
def hook(tp, val, tb):
    print('hook called', tp.__name__, val, file=sys.stderr)
sys.excepthook = hook
raise ValueError('through hook')
