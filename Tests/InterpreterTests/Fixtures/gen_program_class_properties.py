# Generated: class properties.
class Temperature:
    count = 0
    def __init__(self, celsius):
        self._c = celsius
        Temperature.count += 1
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._c = value
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
    @classmethod
    def from_fahrenheit(cls, f):
        return cls((f - 32) * 5 / 9)
    @staticmethod
    def describe(c):
        return "hot" if c > 30 else "cold" if c < 10 else "mild"
t = Temperature(25)
t.celsius = 40
print(t.celsius, t.fahrenheit, Temperature.from_fahrenheit(212).celsius, Temperature.describe(5))
print(Temperature.count, t.count, type(t).__name__, isinstance(t, Temperature))
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.fahrenheit = 3
except AttributeError as e:
    print("AttributeError:", e)
