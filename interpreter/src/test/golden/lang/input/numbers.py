# Numbers typed by the user: int(), float(), and what happens when the text is not a number.
n = int(input("How many? "))
total = 0
values = []
for i in range(n):
    v = int(input("value " + str(i + 1) + ": "))
    values.append(v)
    total += v
print("total", total, "max", max(values), "min", min(values), "sorted", sorted(values))
print("mean", total / n, "floor mean", total // n)
x = float(input("a float: "))
print(x, x * 2, round(x), x.is_integer())
for attempt in range(3):
    text = input("an int, please: ")
    try:
        print("got", int(text))
        break
    except ValueError as e:
        print("not an int:", e)
big = int(input("big: "))
print(big * big, len(str(big)))
print(int(input("hex: "), 16), int(input("with underscores: ")))
neg = input("negative float: ")
print(float(neg), -float(neg), abs(float(neg)))
print(int(input("spaces around: ")) + 1)
