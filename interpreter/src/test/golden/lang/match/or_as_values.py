import sys
def classify(v):
    match v:
        case (0 | 1) as bit:
            return f'bit {bit}'
        case [(1 | 2) as a, (3 | 4) as b] | [(5 | 6) as a, (7 | 8) as b]:
            return f'pair {a} {b}'
        case {'k': (str() | bytes()) as val}:
            return f'text {val!r}'
        case ([x] | (x, )) if x:
            return f'single truthy {x}'
        case [[x]] | [x, _, _]:
            return f'deep {x}'
        case _:
            return 'other'
for v in [0, 1, [1, 3], [6, 8], [2, 7], {'k': 'a'}, {'k': b'b'}, {'k': 1}, [5], (0,), [[4]], [9, 8, 7], 9]:
    print(repr(v), '->', classify(v))

match sys.version_info:
    case (3, minor, *_) if minor >= 10:
        print('python 3.10+')
match sys.version_info[:2]:
    case (3, 13):
        print('3.13')

def calc(expr):
    match expr:
        case ('+', l, r):
            return calc(l) + calc(r)
        case ('*', l, r):
            return calc(l) * calc(r)
        case ('-', v):
            return -calc(v)
        case int() | float() as n:
            return n
        case bad:
            raise ValueError(f'bad expression {bad!r}')
print(calc(('+', 1, ('*', 2, ('-', 3)))))
try:
    calc(('/', 1, 2))
except ValueError as e:
    print('ValueError', e)

def state(events):
    s = 'idle'
    for e in events:
        match s, e:
            case 'idle', 'start':
                s = 'running'
            case 'running', 'pause':
                s = 'paused'
            case 'paused', 'start' | 'resume':
                s = 'running'
            case _, 'stop':
                s = 'idle'
            case _:
                print('ignored', e, 'in', s)
    return s
print(state(['start', 'pause', 'resume', 'bogus', 'stop', 'pause']))

for i in range(3):
    match i:
        case 0:
            continue
        case 1:
            print('one')
        case 2:
            break
print('loop over')

def ret_in_match(x):
    match x:
        case [y, *_]:
            return y
    return None
print(ret_in_match([7, 8]), ret_in_match([]))

match {'a': 1, 'b': 2}:
    case {'a': 1, **rest}:
        print('rest', rest, type(rest).__name__)
match 42:
    case int(x) if (y := x * 2) > 50:
        print('walrus in guard', x, y)
