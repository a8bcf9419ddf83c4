# Generated: class inheritance.
class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} says {self.sound}"
    def __str__(self):
        return f"{type(self).__name__}({self.name})"
class Dog(Animal):
    sound = "woof"
class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    def speak(self):
        return super().speak() + f" (age {self.age})"
animals = [Animal("generic"), Dog("rex"), Puppy("bit", 1)]
for a in animals:
    print(a, a.speak(), isinstance(a, Dog), issubclass(type(a), Animal))
print(issubclass(Puppy, Dog), issubclass(Dog, Puppy), Puppy.sound, str(animals[2]))
print([type(a).__name__ for a in animals], Puppy.__bases__[0].__name__)
