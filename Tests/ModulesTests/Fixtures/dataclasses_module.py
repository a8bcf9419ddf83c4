# dataclasses: fields from class annotations (now recorded in __annotations__), defaults, field(default_factory=),
# order=True, asdict/astuple/replace/fields, __post_init__, CPython's __init__ errors.
from dataclasses import dataclass, field, asdict, astuple, replace, fields, is_dataclass
from typing import List

@dataclass
class Point:
    x: float
    y: float = 0.0

@dataclass(order=True)
class Config:
    lr: float = 0.01
    epochs: int = 10
    layers: List[int] = field(default_factory=lambda: [64, 32])
    name: str = "net"


class Point3(Point):
    pass

p = Point(1.5)
print(p, Point(1, 2) == Point(1, 2), Point(1, 2) == Point(2, 1), p.x, p.y)
c = Config(epochs=5)
print(c, asdict(c), astuple(Point(3, 4)), replace(c, lr=0.1))
print(Config() < Config(lr=0.02), sorted([Config(lr=0.5), Config(lr=0.1)])[0].lr)
print([f.name for f in fields(Config)], is_dataclass(c), is_dataclass(3))
c1, c2 = Config(), Config()
c1.layers.append(16)
print(c1.layers, c2.layers)
for call in [lambda: Point(), lambda: Point(1, 2, 3), lambda: Point(1, z=2)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
@dataclass
class WithPost:
    n: int
    def __post_init__(self):
        self.double = self.n * 2
print(WithPost(4).double, WithPost(4))
