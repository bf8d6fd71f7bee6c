# Many instances, identity and equality by default.
class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next

head = None
i = 0
while i < 5:
    head = Node(i, head)
    i += 1

values = []
n = head
while n is not None:
    values.append(n.value)
    n = n.next
print(values)

a = Node(1)
b = Node(1)
print(a == b, a is b, a == a, a != b)
print(len({a, b, a}))
d = {a: "first", b: "second"}
print(d[a], d[b])
print(Node(0).next)
