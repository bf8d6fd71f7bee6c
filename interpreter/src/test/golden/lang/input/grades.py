# A whole program: read a class list (name and marks per line, ended by an empty line), then
# answer queries; a malformed line is reported, a missing student is an uncaught KeyError.
students = {}
print("Enter 'name mark mark ...', an empty line to finish")
while True:
    line = input("> ")
    if not line:
        break
    name, *marks = line.split()
    try:
        students[name] = [int(m) for m in marks]
    except ValueError as e:
        print("  skipped:", e)


def average(marks):
    return sum(marks) / len(marks) if marks else 0.0


for name in sorted(students):
    marks = students[name]
    print(name, marks, "avg", round(average(marks), 2), "best", max(marks, default=None))
best = max(students, key=lambda n: average(students[n]))
print("best student:", best)
while True:
    query = input("query: ")
    if query == "done":
        break
    print(query, "->", students[query])
