# A recursively defined linked list with recursive methods.
class Cons:
    def __init__(self, head, tail=None):
        self.head = head
        self.tail = tail

    def length(self):
        return 1 + (self.tail.length() if self.tail else 0)

    def to_list(self):
        return [self.head] + (self.tail.to_list() if self.tail else [])

    def reverse(self, acc=None):
        r = Cons(self.head, acc)
        return self.tail.reverse(r) if self.tail else r

xs = None
for v in range(300):
    xs = Cons(v, xs)
print(xs.length())
print(xs.to_list()[:5])
print(xs.reverse().to_list()[:5])
