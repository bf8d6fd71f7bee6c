# The prompt is str(prompt), written before the line is read; input() takes at most one positional
# argument and no keywords.
class Prompt:
    def __str__(self):
        return "[custom]> "

    def __repr__(self):
        return "never used"


class Bad:
    def __str__(self):
        raise ValueError("no prompt for you")


print(input(5))
print(input(3.25))
print(input(None))
print(input([1, "two"]))
print(input(Prompt()))
print(input(""))
print(input("é ü 😀 "))
try:
    input(Bad())
except ValueError as e:
    print("ValueError:", e)
print(input("the line was not consumed: "))
for args, kwargs in [((1, 2), {}), ((), {"prompt": "x"}), (("a", "b", "c"), {})]:
    try:
        input(*args, **kwargs)
    except TypeError as e:
        print("TypeError:", e)
p = input
print(p("alias: "), input.__name__, callable(input))
