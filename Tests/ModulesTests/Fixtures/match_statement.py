# The match statement (PEP 634): literals, captures, wildcards, sequences with stars, mappings
# with **rest, class patterns (positional through __match_args__, keywords), or-patterns, as,
# guards, dataclasses and named tuples, soft keywords used as names.
from dataclasses import dataclass
from collections import namedtuple

def describe(x):
    match x:
        case 0:
            return "zero"
        case None:
            return "none"
        case True:
            return "true"
        case -1 | -2:
            return "small negative"
        case 2.5:
            return "two and a half"
        case "hi" | "hello":
            return "greeting"
        case [a, b]:
            return f"pair {a} {b}"
        case [first, *rest] if len(rest) > 2:
            return f"long list starting {first}, {len(rest)} more"
        case (first, *middle, last):
            return f"seq {first} {middle} {last}"
        case {"k": v, **others}:
            return f"dict {v} {others}"
        case {"x": 1}:
            return "x is one"
        case str() as s if len(s) > 3:
            return "long str " + s
        case int(n) | float(n):
            return f"num {n}"
        case _:
            return "other"

for v in [0, None, True, -1, -2, 2.5, "hi", "hello", [1, 2], (3, 4), [1, 2, 3, 4, 5], [1, 2, 3],
          (1,), {"k": 3, "z": 4}, {"x": 1}, {"x": 2}, "hello world", "abc", 5, 7.5, {1, 2}, [], "",
          range(2), b"ab"]:
    print(repr(v), "->", describe(v))

@dataclass
class Point:
    x: int
    y: int

class Circle:
    __match_args__ = ("center", "radius")
    def __init__(self, center, radius):
        self.center, self.radius = center, radius

def where(shape):
    match shape:
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=yy):
            return f"on y axis at {yy}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point():
            return "somewhere"
        case Circle(Point(x=cx), radius=r) if r > 1:
            return f"big circle at x={cx} r={r}"
        case Circle(center=c):
            return f"circle at {c}"
        case _:
            return "unknown"

for s in [Point(0, 0), Point(0, 5), Point(3, 3), Point(1, 2), Circle(Point(1, 2), 3), Circle(Point(0, 0), 1), 42]:
    print(where(s))

Pair = namedtuple("Pair", "left right")
match Pair(1, 2):
    case Pair(left, right):
        print("named tuple", left, right)
match Pair(3, 4):
    case (a, b):
        print("as a sequence", a, b)

command = "go north"
match command.split():
    case ["go", direction]:
        print("going", direction)
    case ["quit"]:
        print("bye")

match 5, "x":
    case (int() as n, str()):
        print("tuple subject", n)

for value in [1, 2, 3]:
    match value:
        case 1:
            continue
        case 2:
            print("two")
        case _:
            break
print("after loop", value)

def first_even(xs):
    for x in xs:
        match x % 2:
            case 0:
                return x
    return None
print(first_even([3, 5, 8, 9]))

match = [1, 2]
case = match[0]
print(match, case)
def match_fn(x): return x * 2
print(match_fn(4))

class NoArgs:
    pass
try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print("TypeError:", e)
try:
    match 1:
        case len(1):
            pass
except TypeError as e:
    print("TypeError:", e)
print(match_fn(match[1]))
match (1, 2):
    case (1, x):
        print("parenthesised subject", x)
