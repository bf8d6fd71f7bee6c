class Resource:
    def __enter__(self):
        return self
    def __exit__(self, tp, val, tb):
        raise ValueError('exit failed') from val

with Resource():
    [][0]
