class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(code, msg)
        self.code = code
        self.msg = msg
    def __str__(self):
        return f'[{self.code}] {self.msg}'
class NotFound(AppError):
    pass
class NoSuper(Exception):
    def __init__(self, x):
        self.x = x
class StrOnly(Exception):
    def __str__(self):
        return 'custom str'
class ReprE(Exception):
    def __repr__(self):
        return 'ReprE!'

try:
    raise NotFound(404, 'missing')
except AppError as e:
    print(e, repr(e), e.args, e.code, isinstance(e, NotFound))
e = NoSuper(5)
print(repr(e), str(e), e.args, e.x)
print(str(StrOnly('a')), repr(StrOnly('a')), str(ReprE(1)), repr(ReprE(1)))
print(repr(Exception()), str(Exception()), repr(Exception(1, 2)), str(Exception(1, 2)), str(Exception('one')))
print(repr(KeyError('k')), str(KeyError('k')), str(KeyError()), str(KeyError(1, 2)))
e = ValueError('a')
e.args = ('b', 'c')
print(e, e.args)
e.args = [1]
print(e.args)

e = ValueError('noted')
print(hasattr(e, '__notes__'))
e.add_note('first note')
e.add_note('second')
print(e.__notes__)
try:
    e.add_note(5)
except TypeError as err:
    print('TypeError', err)
e.__notes__ = 'not a list'
try:
    e.add_note('x')
except TypeError as err:
    print('TypeError', err)

class WithAttrs(Exception):
    pass
w = WithAttrs('m')
w.extra = 1
print(w.__dict__, w.extra)

print(OSError(2, 'No such file').errno, OSError(2, 'No such file').strerror, str(OSError(2, 'No such file')))
print(str(OSError(2, 'nf', 'path.txt')), OSError('plain').errno)
print(FileNotFoundError.__mro__[1].__name__, IOError is OSError, EnvironmentError is OSError)
err = StopIteration(5)
print(err.value, StopIteration().value)
se = SystemExit(3)
print(se.code, SystemExit().code, SystemExit(1, 2).code)
ki = KeyboardInterrupt()
print(isinstance(ki, Exception), isinstance(ki, BaseException))
ne = NameError('n', name='foo')
print(ne.name, AttributeError('a', name='x', obj=1).obj)
try:
    NameError('n', bogus=1)
except TypeError as err:
    print('TypeError', err)
ie = ImportError('msg', name='mod', path='/p')
print(ie.name, ie.path, ie.msg, str(ie))
ue = UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'invalid start byte')
print(str(ue), ue.encoding, ue.start, ue.end, ue.reason)
print(str(SyntaxError('bad', ('f.py', 1, 2, 'x y', 1, 3))))
try:
    raise ValueError
except ValueError as e2:
    print(repr(e2), e2.args)
try:
    BaseException.__init__(5)
except TypeError as err:
    print('TypeError', err)
print(BaseException.__new__(ValueError).args)
print(Exception('x').with_traceback(None).args)
