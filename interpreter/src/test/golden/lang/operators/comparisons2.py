def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

class A:
    pass
class B:
    pass
for sym in ['<', '<=', '>', '>=']:
    t(lambda: eval(f'A() {sym} B()', globals()))
    t(lambda: eval(f'1 {sym} "x"'))
    t(lambda: eval(f'None {sym} None'))
print(A() == B(), A() != B())
a = A()
print(a == a, a != a)

class Log:
    def __init__(self, name):
        self.name = name
    def __lt__(self, o):
        print(f'{self.name}.__lt__({o.name})')
        return NotImplemented
    def __gt__(self, o):
        print(f'{self.name}.__gt__({o.name})')
        return NotImplemented
    def __eq__(self, o):
        print(f'{self.name}.__eq__({o.name})')
        return NotImplemented
    def __ne__(self, o):
        print(f'{self.name}.__ne__({o.name})')
        return NotImplemented
t(lambda: Log('x') < Log('y'))
t(lambda: Log('x') == Log('y'))
t(lambda: Log('x') != Log('y'))

class LogSub(Log):
    pass
class LogSub2(Log):
    def __gt__(self, o):
        print(f'{self.name}.sub__gt__({o.name})')
        return True
t(lambda: Log('base') < LogSub('sub'))
t(lambda: Log('base') < LogSub2('sub2'))

class Eq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return isinstance(o, Eq) and self.v == o.v
print(Eq(1) == Eq(1), Eq(1) != Eq(1), Eq(1) != Eq(2), Eq(1) == 1)
t(lambda: hash(Eq(1)))
t(lambda: {Eq(1)})
print(Eq.__hash__)

class EqHash(Eq):
    def __hash__(self):
        return hash(self.v)
print(len({EqHash(1), EqHash(1), EqHash(2)}), EqHash(3) in {EqHash(3)})

class OnlyHash:
    def __hash__(self):
        return 7
print(hash(OnlyHash()))

class Sub(Eq):
    pass
t(lambda: hash(Sub(1)))
class Restore(Eq):
    __hash__ = object.__hash__
print(type(hash(Restore(1))).__name__)
class NoHash:
    __hash__ = None
t(lambda: hash(NoHash()))
class BadHash:
    def __hash__(self):
        return 'x'
t(lambda: hash(BadHash()))
class BigHash:
    def __hash__(self):
        return 2 ** 100
print(hash(BigHash()) == hash(2 ** 100))
class FloatHash:
    def __hash__(self):
        return 1.0
t(lambda: hash(FloatHash()))

class Rich:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
    def __le__(self, o):
        return self.v <= o.v
    def __repr__(self):
        return f'R{self.v}'
print(Rich(1) < Rich(2), Rich(2) > Rich(1), Rich(1) >= Rich(1), sorted([Rich(3), Rich(1), Rich(2)]))
print(max(Rich(3), Rich(5)), min([Rich(4), Rich(2)]))
print(Rich(1) < Rich(2) < Rich(3), Rich(1) < Rich(3) < Rich(2))

class Weird:
    def __eq__(self, o):
        return 'yes'
    def __lt__(self, o):
        return [1]
print(Weird() == 1, Weird() < 1, 1 == Weird(), [Weird()] == [1])
print(Weird() in [1], [1].count(Weird()), [1].index(1))

class Boom:
    def __eq__(self, o):
        raise ValueError('no eq')
t(lambda: Boom() == 1)
t(lambda: Boom() in [1, 2])
t(lambda: [Boom()] == [1])
x = Boom()
print(x in [x], [x] == [x])

class Bad:
    def __bool__(self):
        raise RuntimeError('no bool')
class CmpBad:
    def __lt__(self, o):
        return Bad()
t(lambda: CmpBad() < 1 < 2)
t(lambda: not CmpBad() < 1)
print(1 < 2 > 1 == 1 != 2 <= 2 >= 2)
t(lambda: [1, 2] < [1, 'x'])
t(lambda: (1, 2) < (1, None))
t(lambda: {1} < [1])
t(lambda: 1j < 2j)
print([1, 2] < [1, 2, 3], (1, 'a') < (1, 'b'), [A()] == [A()])
