(x := 1)
y = (z := 2)
f(a := 3)
if (n := len(a)) > 10:
    pass
while (line := f()):
    pass
[a := 1, b := 2]
