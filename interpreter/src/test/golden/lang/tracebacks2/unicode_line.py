données = {'clé': 1}
print(données['clé'])
print(données['clé'] + données['ñ'])
