e = ValueError('self cause')
e.__cause__ = e
try:
    raise TypeError('outer') from e
except TypeError as t:
    t.__context__ = t
    raise
