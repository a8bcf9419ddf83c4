# enum (Enum, IntEnum, auto, aliases, lookup by value and name, members in match) and abc (ABC, ABCMeta, abstractmethod).
import enum
from enum import Enum, IntEnum, auto
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
    def describe(self):
        return f"{self.name} is {self.value}"
    @classmethod
    def default(cls):
        return cls.GREEN
print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value, Color(2), Color['BLUE'], list(Color), len(Color))
print(Color.CRIMSON is Color.RED, Color.RED == Color.RED, Color.RED == 1, Color.RED in Color, Color.default(), Color.GREEN.describe())
print(repr(Color), type(Color.RED), isinstance(Color.RED, Color), f"{Color.RED}", str(Color.BLUE), hash(Color.RED) == hash(Color.RED))
print(list(Color.__members__), {c: c.value for c in Color})
class Shape(Enum):
    CIRCLE = auto()
    SQUARE = auto()
print(list(Shape), Shape.SQUARE.value)
class Num(IntEnum):
    ONE = 1
    TWO = 2
print(Num.ONE + 1, Num.TWO * 3, Num.ONE == 1, Num.ONE < Num.TWO, repr(Num.TWO), str(Num.TWO), f"{Num.TWO}", sorted([Num.TWO, Num.ONE]), int(Num.TWO), [10, 20, 30][Num.TWO])
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
try:
    Color['PURPLE']
except KeyError as e:
    print("KeyError:", e)
d = {Color.RED: "r"}
print(d[Color.CRIMSON])
match Color.GREEN:
    case Color.RED:
        print("red")
    case Color.GREEN:
        print("green")
import abc
class Base(abc.ABC):
    @abc.abstractmethod
    def area(self): ...
    @abc.abstractmethod
    def perimeter(self): ...
    def describe(self): return "shape"
class Half(Base):
    def area(self): return 1
class Square(Half):
    def perimeter(self): return 4
for cls in (Base, Half, Square):
    try:
        s = cls()
        print(cls.__name__, s.area(), s.perimeter(), s.describe())
    except TypeError as e:
        print("TypeError:", e)
class Old(metaclass=abc.ABCMeta):
    @abc.abstractmethod
    def run(self): pass
try:
    Old()
except TypeError as e:
    print("TypeError:", e)
print(isinstance(Square(), Base))
