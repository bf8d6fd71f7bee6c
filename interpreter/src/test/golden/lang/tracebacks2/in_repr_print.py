class Broken:
    def __init__(self, parts):
        self.parts = parts

    def __repr__(self):
        return 'Broken(' + ', '.join(self.parts) + ')'

print(Broken(['a', 'b']))
print([Broken(['x', 1])])
