# An error in __init__ called by instantiation.
class Temp:
    def __init__(self, celsius):
        if celsius < -273.15:
            raise ValueError("below absolute zero")
        self.celsius = celsius

t = Temp(20)
print(t.celsius)
Temp(-300)
