# collections.UserDict and UserList subclasses; functools.singledispatch (by class, by
# annotation, through an ABC) and partialmethod.
from collections import UserDict, UserList
from functools import singledispatch, partialmethod
import numbers

class Lower(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)

class Defaulting(UserDict):
    def __missing__(self, key):
        return 0

d = Lower({'A': 1}, B=2)
d['C'] = 3
print(d, len(d), 'a' in d, d['a'], d.get('z', 9), list(d), sorted(d.items()), d == {'a': 1, 'b': 2, 'c': 3})
print(Defaulting()['x'], d.pop('a'), d.setdefault('q', 5), d.copy(), type(d.copy()).__name__, Lower.fromkeys('XY', 0))
print(d | {'z': 1}, isinstance(d, UserDict), d.popitem(), d)

class Stack(UserList):
    def push(self, x):
        self.append(x)

s = Stack([3, 1, 2])
s.push(5)
print(s, s[1:], type(s[1:]).__name__, len(s), s + [9], [0] + s, s * 2, 5 in s, s.index(1), s == [3, 1, 2, 5], s < [4])
s.sort(); s.reverse(); s += (7,); print(s, s.pop(), s.count(3), s.copy(), sorted(s))

@singledispatch
def describe(x):
    return f"object {x!r}"

@describe.register
def _(x: int):
    return f"int {x}"

@describe.register(list)
def _(x):
    return f"list of {len(x)}"

@describe.register(numbers.Real)
def _(x):
    return f"real {x}"

print(describe("s"), describe(3), describe(True), describe([1, 2]), describe(2.5), describe.dispatch(bool).__name__, describe.__name__)
try:
    describe()
except TypeError as e:
    print(e)

class Cell:
    def __init__(self):
        self.alive = False
    def set_state(self, state):
        self.alive = state
    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False)

c = Cell()
c.set_alive(); print(c.alive); c.set_dead(); print(c.alive)
