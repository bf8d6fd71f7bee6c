e = OSError(1000, 'No such file', 'a.txt')
print(type(e).__name__, e.args, e.errno, e.strerror, e.filename, e.filename2, str(e))
e = OSError(1000, 'No such file', 'a.txt', None, 'b.txt')
print(type(e).__name__, e.args, e.filename, e.filename2, str(e), repr(e))
e = OSError(1001, 'x', None, None, 'b')
print(str(e), e.args)
e = OSError(5)
print(str(e), e.errno, e.args)
e = OSError(1001, 2, 3, 4, 5, 6)
print(str(e), e.errno, e.args, e.filename)
print(e.__reduce__())
print(OSError(1000, 'x', 'f', None, 'g').__reduce__())
e = BlockingIOError(11, 'x', 7)
print(e.characters_written, e.args)
try:
    OSError(1001,'x').characters_written
except AttributeError as ex:
    print(ex)
e = ImportError('m', name='a', path='p', name_from='q')
print(e.name, e.path, e.name_from, e.msg, e.__reduce__())
try: ImportError(x=1)
except TypeError as ex: print(ex)
e = UnicodeTranslateError('abc', 1, 2, 'bad')
print(e, e.object, e.start, e.end, e.reason, e.encoding, e.args)
print(UnicodeTranslateError('a\xffc', 1, 2, 'bad'))
print(UnicodeTranslateError('abc', 1, 3, 'bad'))
a = AttributeError('x', name='n', obj=3)
print(a.__getstate__(), a.__reduce__())
b = BaseException(1)
b.__setstate__({'x': 5})
print(b.x)
try: b.__setstate__(3)
except TypeError as ex: print(ex)
print('__init__' in ValueError.__dict__, '__new__' in KeyError.__dict__)
print(ValueError.__init__, KeyError.__init__, type(OSError.__new__).__name__)
print(len.__self__, [].append.__self__, type(len.__self__))
import time
print(time.sleep.__self__, time.sleep.__module__, len.__module__, [].append.__module__, [].append.__self__)

# OSError subclasses defining __init__ get their arguments there
class MyOS(OSError):
    def __init__(self, a, b, c):
        super().__init__(a, b)
        self.c = c
m = MyOS(1000, 'msg', 'extra')
print(m.args, m.errno, m.strerror, m.filename, m.c, str(m))
class MyOS2(OSError):
    pass
m = MyOS2(1000, 'msg', 'f.txt', None, 'g.txt')
print(m.args, m.filename, m.filename2, str(m))
m.errno = 5
m.filename2 = None
print(str(m), m.__reduce__())
try:
    OSError(1, 2, x=3)
except TypeError as ex:
    print(ex)
b = BlockingIOError(1000, 'blocked', 5)
b.characters_written = 9
print(b.characters_written, b.args)
del b.characters_written
try:
    del b.characters_written
except AttributeError as ex:
    print('AttributeError', ex)
print(ImportError('a', 'b').msg, ImportError('m').__reduce__(), ImportError().name_from)
mnf = ModuleNotFoundError('no', name='zz')
print(mnf.name, mnf.msg, mnf.__reduce__())
for T in (ValueError, KeyError, OSError, FileNotFoundError, StopIteration, SyntaxError, ImportError,
          UnicodeDecodeError, AttributeError, NameError, ExceptionGroup, BaseExceptionGroup, SystemExit):
    print(T.__name__, sorted(k for k in T.__dict__ if k != '__doc__'))
print(ExceptionGroup.__module__, ExceptionGroup('m', [ValueError()]).__weakref__)
try:
    ValueError.__init__(3)
except TypeError as ex:
    print(ex)
print(UnicodeTranslateError('\u1234x', 0, 1, 'r'), UnicodeTranslateError('\U00012345', 0, 1, 'r'))
try:
    from builtins import nothing_here
except ImportError as ex:
    print(ex.name, ex.name_from)
raise OSError(1000, 'final', 'a.txt', None, 'b.txt')
