def describe(x):
    match x:
        case 0:
            return 'zero'
        case 1 | 2 | 3:
            return 'small'
        case -1:
            return 'minus one'
        case 1.5:
            return 'one and a half'
        case 2j:
            return 'imaginary'
        case 1 + 2j:
            return 'complex'
        case 'hello' | "world":
            return 'greeting'
        case b'bytes':
            return 'bytes'
        case True:
            return 'true'
        case None:
            return 'none'
        case False:
            return 'false'
        case 'a' 'b':
            return 'concat'
        case str() as s if len(s) > 5:
            return 'long str ' + s
        case other:
            return f'other {other!r}'

for v in [0, 1, 3, -1, 1.5, 2j, 1 + 2j, 'hello', 'world', b'bytes', True, None, False, 'ab', 'abcdefg', 'x', 1.0, 0.0, 4, [], 2.0]:
    print(repr(v), '->', describe(v))

def wild(x):
    match x:
        case _:
            return 'always'
print(wild(object()) , wild(None))

def guard(x):
    match x:
        case n if n < 0:
            return 'neg'
        case n if n == 0:
            return 'zero'
        case n:
            return f'pos {n}'
print(guard(-5), guard(0), guard(7))

def capture_leak(x):
    match x:
        case [a, b] if a > b:
            return 'desc', a, b
        case [a, b]:
            pass
    return 'after', a, b
print(capture_leak([2, 1]), capture_leak([1, 2]))

class Color:
    RED = 'red'
    GREEN = 'green'
    class Nested:
        BLUE = 'blue'
def value(c):
    match c:
        case Color.RED:
            return 'is red'
        case Color.Nested.BLUE:
            return 'is blue'
        case Color.GREEN | 'lime':
            return 'greenish'
    return 'no match'
print(value('red'), value('blue'), value('lime'), value('green'), value('x'))

x = 5
match x:
    case 5 as five:
        print('as binds', five)
match 1:
    case True:
        print('1 is True?')
    case 1:
        print('1 is 1 (True uses identity)')
match 0.0:
    case -0.0:
        print('-0.0 == 0.0')
match float('nan'):
    case _ if False:
        pass
    case n:
        print('nan captured', n)
match 'x':
    case 'y':
        print('no')
print('fell through with no match')
