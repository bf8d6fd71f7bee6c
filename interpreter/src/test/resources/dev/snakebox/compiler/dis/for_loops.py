for i in range(3):
    print(i)
for i in x:
    if i:
        break
    if i > 2:
        continue
    print(i)
else:
    print("done")
for a in (
        b):
    for c in a:
        while c:
            if c:
                break
            c = c - 1
        else:
            continue
        break
    else:
        pass
while x:
    for y in z:
        if y:
            break
    else:
        break
for q in 1, 2, 3:
    pass
for \
    r in s:
    t = r
for u in v: pass
