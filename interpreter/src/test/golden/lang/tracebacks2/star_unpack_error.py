def head_tail(seq):
    first, second, *rest = seq
    return first, second, rest

print(head_tail([1, 2, 3]))
head_tail([1])
