def seq(x):
    match x:
        case []:
            return 'empty'
        case [a]:
            return f'one {a}'
        case [a, b]:
            return f'two {a} {b}'
        case [first, *rest] if len(rest) > 3:
            return f'long first={first} rest={rest}'
        case [first, *middle, last]:
            return f'first={first} middle={middle} last={last}'
for v in [[], [1], (1, 2), [1, 2, 3], range(6), 'ab', b'ab', bytearray(b'ab'), {1: 2}, iter([1]), (x for x in [1]), [[1, 2], 3]]:
    print(repr(v)[:20], '->', seq(v))

def nested(x):
    match x:
        case [[a, b], [c, d]]:
            return a + b + c + d
        case [(1 | 2) as small, *_]:
            return f'starts small {small}'
        case [_, [*inner]]:
            return f'inner {inner}'
        case (1, 'x', *_, 'z'):
            return 'tuple-ish'
        case [*_]:
            return 'any sequence'
        case _:
            return 'not a sequence'
for v in [[[1, 2], [3, 4]], [2, 9], [5, [6, 7]], (1, 'x', 'y', 'z'), [9, 9, 9], 'str', 42, [1, 'x', 'z']]:
    print(repr(v), '->', nested(v))

def star_positions(x):
    match x:
        case [*head, 'end']:
            return f'head {head}'
        case ['start', *tail]:
            return f'tail {tail}'
        case [a, *mid, b, c]:
            return f'{a} {mid} {b} {c}'
    return 'none'
for v in [['a', 'end'], ['start', 1, 2], [1, 2, 3, 4, 5], [1, 2], ['end']]:
    print(v, '->', star_positions(v))

class MySeq:
    def __len__(self):
        return 2
    def __getitem__(self, i):
        return [10, 20][i]
match MySeq():
    case [a, b]:
        print('custom sequence?', a, b)
    case _:
        print('custom class is not a Sequence')

class ListSub(list):
    pass
match ListSub([1, 2]):
    case [a, b]:
        print('list subclass', a, b)

match [1, 2, 3]:
    case [1, *x, 3] if x:
        print('x is', x, type(x).__name__)
match (1, 2, 3):
    case (1, *x):
        print('star from tuple gives', type(x).__name__, x)

def multi(cmd):
    match cmd.split():
        case ['go', ('north' | 'south' | 'east' | 'west') as direction]:
            return f'going {direction}'
        case ['pick', 'up', item] | ['take', item]:
            return f'taking {item}'
        case ['drop', *items] if items:
            return f'dropping {", ".join(items)}'
        case ['quit' | 'exit']:
            return 'bye'
        case [verb, *_]:
            return f'unknown verb {verb}'
        case []:
            return 'nothing'
for c in ['go north', 'go up', 'pick up lamp', 'take sword', 'drop a b', 'drop', 'exit', '', 'dance now']:
    print(repr(c), '->', multi(c))
