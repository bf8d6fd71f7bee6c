# Nested containers, copies and aliasing.
inventory = {"fruit": ["apple", "pear"], "veg": ["kale"]}
inventory["fruit"].append("plum")
inventory.setdefault("grain", []).append("rice")
print(inventory)
shallow = dict(inventory)
shallow["veg"].append("leek")
shallow["new"] = []
print(inventory["veg"], "new" in inventory)
table = [[i * j for j in range(1, 4)] for i in range(1, 4)]
print(table, table[2][1], sum([sum(r) for r in table]))
flat = [v for row in table for v in row]
print(flat, sorted(flat, reverse=True)[:3])
people = [{"name": "ann", "age": 31}, {"name": "bob", "age": 25}, {"name": "cy", "age": 31}]
print([p["name"] for p in sorted(people, key=lambda p: (p["age"], p["name"]))])
by_age = {}
for p in people:
    by_age.setdefault(p["age"], []).append(p["name"])
print(by_age)
