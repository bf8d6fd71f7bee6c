# An error while a class body runs.
class Broken:
    x = 1
    y = x + undefined_thing
