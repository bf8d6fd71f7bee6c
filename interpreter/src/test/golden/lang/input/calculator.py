# A small interactive program: a stack calculator that reads commands until "quit" or the end.
stack = []


def apply(op):
    if len(stack) < 2:
        raise IndexError("need two numbers for " + op)
    b = stack.pop()
    a = stack.pop()
    if op == "+":
        stack.append(a + b)
    elif op == "-":
        stack.append(a - b)
    elif op == "*":
        stack.append(a * b)
    elif op == "/":
        stack.append(a / b)
    elif op == "//":
        stack.append(a // b)


print("RPN calculator; numbers, + - * / //, 'show', 'clear' or 'quit'")
while True:
    try:
        line = input("rpn> ")
    except EOFError:
        print()
        print("bye (end of input)")
        break
    for token in line.split():
        try:
            if token == "quit":
                raise SystemExit(len(stack))
            elif token == "show":
                print(stack)
            elif token == "clear":
                stack.clear()
            elif token in ("+", "-", "*", "/", "//"):
                apply(token)
            else:
                stack.append(float(token) if "." in token else int(token))
        except (IndexError, ZeroDivisionError, ValueError) as e:
            print("error:", type(e).__name__, e)
    if stack:
        print("top:", stack[-1])
