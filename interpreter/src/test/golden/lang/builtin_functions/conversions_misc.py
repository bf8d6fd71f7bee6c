# chr ord bin oct hex ascii repr format hash callable id len bool, with errors.
def show(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)

print(chr(65), chr(0x1F600), repr(chr(0)), ord('a'), ord('\U0001F600'), ord(b'a'), ord(bytearray(b'z')))
show(lambda: chr(-1))
show(lambda: chr(0x110000))
show(lambda: chr('a'))
show(lambda: chr(2**100))
show(lambda: ord('ab'))
show(lambda: ord(''))
show(lambda: ord(b'ab'))
show(lambda: ord(1))
print(bin(10), bin(-10), bin(0), oct(8), oct(-8), hex(255), hex(-255), hex(2**70), bin(True))
show(lambda: bin(1.5))
show(lambda: hex('a'))
class Ix:
    def __index__(self): return 42
print(bin(Ix()), hex(Ix()), oct(Ix()), chr(Ix()))
print(ascii('héllo\n'), ascii([1, 'ü']), repr('x'), ascii(b'\xff'), ascii('\U0001F600'))
print(format(3.14159, '.2f'), format(42), format('a', '>3'), format(255, 'x'), format([1]))
show(lambda: format(1, 'q'))
show(lambda: format(object(), 'x'))
print(hash(1) == hash(1.0) == hash(True), hash(-1), hash(-2), hash(0.0), hash(2.0), hash(None) == hash(None))
print(hash(float('inf')), hash(float('-inf')), hash(10**5))
show(lambda: hash([]))
show(lambda: hash({}))
show(lambda: hash({1}))
show(lambda: hash(bytearray()))
class H:
    def __hash__(self): return 'x'
show(lambda: hash(H()))
class H2:
    def __hash__(self): return 2**100
print(hash(H2()) == hash(2**100))
class Eq:
    def __eq__(self, o): return True
show(lambda: hash(Eq()))
print(callable(len), callable(1), callable(int), callable(lambda: 0), callable(H), callable(H()))
x = object(); print(id(x) == id(x), type(id(x)).__name__)
print(len('abc'), len(b'ab'), len([1]), len({1: 2}), len(range(3)), len(set()))
show(lambda: len(1))
show(lambda: len())
class L:
    def __len__(self): return -1
show(lambda: len(L()))
class L2:
    def __len__(self): return 'a'
show(lambda: len(L2()))
class L3:
    def __len__(self): return 2**100
show(lambda: len(L3()))
print(bool(), bool(0), bool(''), bool([0]), bool(L2 ()) if False else bool(None), bool(x=1) if False else 1)
show(lambda: bool(1, 2))
show(lambda: bool(x=1))
class B:
    def __bool__(self): return 1
show(lambda: bool(B()))
print(int('12'), float('1.5'), str(12), repr(None), str(b'x'), complex(1, 2))
