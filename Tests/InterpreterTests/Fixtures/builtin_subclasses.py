# Classes derived from dict and list.
class Config(dict):
    def __getattr__(self, name):
        return self[name]

class Defaulting(dict):
    def __missing__(self, key):
        return key.upper()

class Counted(dict):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.writes = 0

    def __setitem__(self, key, value):
        self.writes += 1
        super().__setitem__(key, value)

class Stack(list):
    def push(self, item):
        self.append(item)

    def peek(self):
        return self[-1]

    def __repr__(self):
        return "Stack(" + super().__repr__() + ")" if False else "Stack" + repr(list(self))

class Vector(list):
    def __init__(self, items):
        super().__init__(float(x) for x in items)
        self.label = "v"

    def __getitem__(self, i):
        value = super().__getitem__(i)
        return value * 10 if isinstance(i, int) else value

c = Config(lr=0.1, epochs=3)
print(c, c["lr"], len(c), isinstance(c, dict), type(c).__name__, c.get("epochs"))
c["batch"] = 32
print(sorted(c.items()), "batch" in c, list(c))
d = Defaulting(a=1)
print(d["a"], d["zz"], d.get("zz"), d)
n = Counted({"x": 1})
n["y"] = 2
n["y"] = 3
n.update(z=4)
print(n, n.writes, n.__dict__)
s = Stack()
s.push(1)
s.push(2)
print(s, s.peek(), len(s), s + [3], isinstance(s, list), sum(s))
v = Vector([1, 2, 3])
print(v[0], v[1:], list(v), v.label, v == [1.0, 2.0, 3.0], len(v))
print(dict(c) == {"lr": 0.1, "epochs": 3, "batch": 32}, type(dict(c)).__name__)
class Plain(dict):
    pass
p = Plain([("a", 1)], b=2)
print(p, repr(p), str(p), p.copy(), type(p.copy()).__name__)
try:
    Plain()["missing"]
except KeyError as e:
    print("KeyError", e)
class Vec(list):
    def __add__(self, other):
        return Vec(a + b for a, b in zip(self, other))

    def __mul__(self, k):
        return Vec(a * k for a in self)

    __rmul__ = __mul__

    def __eq__(self, other):
        return len(self) == len(other) and all(a == b for a, b in zip(self, other))

v = Vec([1, 2]) + Vec([10, 20])
print(v, type(v).__name__, v * 3, 2 * v, v == [11, 22], v != [11, 22], [11, 22] == v)
class Scores(dict):
    def __or__(self, other):
        merged = Scores(self)
        for k, x in other.items():
            merged[k] = max(merged.get(k, x), x)
        return merged

s = Scores(a=1, b=5) | {"a": 3, "c": 2}
print(s, type(s).__name__, Scores(a=1) == {"a": 1}, Scores(a=1) | Scores(a=0))
