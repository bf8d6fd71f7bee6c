# Does not compile: importing it raises SyntaxError.
values = [1, 2
print(values)
