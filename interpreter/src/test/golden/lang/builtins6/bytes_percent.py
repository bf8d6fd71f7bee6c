class B:
    def __bytes__(self):
        return b'<B>'

class Bad:
    def __bytes__(self):
        return 'str'

class Idx:
    def __index__(self):
        return 65

print(b'%d %s %r %a %x %c %b' % (42, b'xy', 'h\xe9', 'caf\xe9', 255, 65, b'zz'))
print(b'%5d|%-5d|%05d|%+d|% d' % (1, 2, 3, 4, 5))
print(b'%o %#o %X %#x %e %.2f %g %%' % (8, 8, 255, 255, 1.5, 3.14159, 1e20))
print(b'%s %s %s' % (bytearray(b'ba'), memoryview(b'mv'), B()))
print(b'%c%c%c' % (b'a', bytearray(b'b'), 99))
print(b'%(x)s and %(y)d' % {b'x': b'one', b'y': 2})
print(b'%s' % b'single', b'%d' % 7, b'%r' % [1, 'a'], b'%a' % ('\u1234',))
print(b'%10s|%-10b|%.2s' % (b'abc', b'def', b'ghijk'))
print(b'%i %u' % (Idx(), True), b'%x' % Idx())
print(bytearray(b'%s-%d') % (b'q', 9), type(bytearray(b'%d') % 1).__name__)
print(b'%*d|%-*d|%.*f' % (5, 1, 4, 2, 2, 1.23456))
print(b'no format' % (), b'%r' % ((),))
errors = [
    lambda: b'%s' % 'text',
    lambda: b'%b' % 3,
    lambda: b'%s' % Bad(),
    lambda: b'%d' % 'x',
    lambda: b'%c' % 256,
    lambda: b'%c' % b'ab',
    lambda: b'%c' % 'a',
    lambda: b'%d %d' % (1,),
    lambda: b'%d' % (1, 2),
    lambda: b'%z' % 1,
    lambda: b'%(a)s' % (1,),
    lambda: b'%' % (),
    lambda: b'%(a' % {b'a': 1},
    lambda: b'%x' % 1.5,
    lambda: b'%f' % b'x',
    lambda: b'%(a)s' % {'a': 1},
    lambda: 'abc' % b'x',
    lambda: 5 % b'x',
]
for f in errors:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(b'%s' % bytearray(b'z'), b'%b' % memoryview(b'w'))
print(bytes.__mod__(b'%d', 5), bytes.__rmod__(b'%d', 5), bytearray.__mod__(bytearray(b'%d'), 6))
print(b'%c' % 10 + b'%5.1f' % 2.25 + b'%-6s|' % b'x')
b'%d' % 'boom'
