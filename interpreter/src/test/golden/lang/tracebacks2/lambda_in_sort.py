people = [{'name': 'a', 'age': 3}, {'name': 'b'}]
print(sorted(people, key=lambda p: p.get('age', 0)))
print(sorted(people, key=lambda p: p['age']))
