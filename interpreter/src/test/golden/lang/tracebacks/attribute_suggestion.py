# AttributeError with a "Did you mean" suggestion.
class Player:
    def __init__(self):
        self.score = 0
        self.health = 100

p = Player()
print(p.score)
print(p.helth)
