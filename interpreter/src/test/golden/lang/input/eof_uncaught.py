# Input ends before the program expects: the EOFError traceback points at the input() call.
def ask(question):
    answer = input(question)
    return answer.strip()


print(ask("first? "))
print(ask("second? "))
print(ask("third? "))
print("not reached")
