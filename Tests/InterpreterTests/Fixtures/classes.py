class Animal:
    kind = "animal"

    def __init__(self, name):
        self.name = name
        self.__secret = 42

    def speak(self):
        return f"{self.name} makes a sound"

    def __repr__(self):
        return f"Animal({self.name!r})"

    def reveal(self):
        return self.__secret


class Dog(Animal):
    def speak(self):
        return super().speak() + ": woof"

    @property
    def shout(self):
        return self.name.upper()

    @staticmethod
    def legs():
        return 4


d = Dog("rex")
print(d.speak(), d.shout, Dog.legs(), d.kind, d.reveal())
print(repr(d), [d], isinstance(d, Animal), issubclass(Dog, Animal), type(d).__name__)
try:
    print(d.__secret)
except AttributeError as e:
    print("AttributeError:", e)
print(d._Animal__secret)


class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __eq__(self, other):
        return self.x == other.x and self.y == other.y

    def __len__(self):
        return 2

    def __str__(self):
        return f"({self.x}, {self.y})"


print(Vec(1, 2) + Vec(3, 4), Vec(1, 2) == Vec(1, 2), len(Vec(0, 0)))
