# Recursive functions: factorial, fibonacci, Ackermann, deep but bounded.
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))

print(fact(10), fact(30))
print([fib(i) for i in range(15)])
print(ack(2, 3))
print(len(str(fact(500))))

def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)

print(depth(900))
