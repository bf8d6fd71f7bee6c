def t(f):
    try: print('ok', f())
    except Exception as x: print(type(x).__name__, x)
e = UnicodeDecodeError('utf-8', b'abc', 1, 2, 'bad')
e.reason = 'worse'; e.start = 0; e.end = 3
print(e, e.args, e.start, e.end)
e.encoding = 'x'; e.object = b'zz'
print(e, e.args)
t(lambda: setattr(e, 'start', 'a'))
t(lambda: delattr(e, 'end'))
del e.reason
print(repr(e.reason))
t(lambda: UnicodeDecodeError(1, 2, 3, 4, 5))
t(lambda: UnicodeDecodeError('a', 'str', 3, 4, 'r'))
t(lambda: UnicodeDecodeError('a', bytearray(b'xy'), 0, 1, 'r').object)
t(lambda: UnicodeDecodeError('a', b'xy', 'q', 1, 'r'))
t(lambda: UnicodeDecodeError('a', b'xy', 0, 1, 5))
t(lambda: UnicodeEncodeError('a', 'b', 1, 2))
t(lambda: UnicodeEncodeError('a', b'b', 1, 2, 'r'))
t(lambda: UnicodeTranslateError('a', 1, 2))
t(lambda: UnicodeTranslateError(b'a', 1, 2, 'r'))
e = UnicodeEncodeError('ascii', 'abc', 5, 1, 'r'); print(e.start, e.end, str(e))
e = UnicodeDecodeError('ascii', b'abc', 3, 4, 'r'); print(str(e))
e = UnicodeDecodeError('ascii', b'abc', 1, 2, 'r'); print(str(e))
e = UnicodeTranslateError('abc', 1, 2, 'r'); e.encoding = 'zz'; print(e, e.encoding, e.args)
try:
    b'\xff'.decode('ascii')
except UnicodeDecodeError as x:
    x.reason = 'changed'
    x.start = 0
    print(x, x.args)
t(lambda: str(UnicodeError('plain')))
t(lambda: UnicodeDecodeError('utf-8', b'x', 0, 1, 'r', 6))
raise UnicodeEncodeError('ascii', 'h\xe9', 1, 2, 'ordinal not in range(128)')
