# A module with a main guard: the guarded part runs only when it is the program.
def greet(who):
    return "hello " + who


print("guarded imported as", __name__)
if __name__ == "__main__":
    print("guarded runs as the program:", greet("main"))
