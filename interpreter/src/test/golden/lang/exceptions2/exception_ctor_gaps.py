def t(f):
    try:
        print(f())
    except BaseException as e:
        print(type(e).__name__, e)

oe = OSError(1000, 'strerr', 'fname', None, 'fname2')
print(oe.args, oe.errno, oe.strerror, oe.filename, oe.filename2, str(oe))
print(str(OSError(1000, 'x', None, None, 'f2')), OSError(1000, 'x', 'f').args)
ut = UnicodeTranslateError('abc', 0, 1, 'bad')
print(str(ut), ut.object, ut.start)
t(lambda: UnicodeDecodeError('utf-8'))
t(lambda: UnicodeEncodeError(1, 2, 3, 4, 5))
ie = ImportError('m')
print(ie.name_from)
