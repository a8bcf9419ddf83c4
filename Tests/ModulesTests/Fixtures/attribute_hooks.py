# __setattr__/__delattr__ of a class's own, object.__setattr__ and super().__setattr__ (a framework's
# Layer registering its parameters), instance hashing by CPython's rules, frozen dataclasses.
class Parameter:
    def __init__(self, v): self.v = v
class Layer:
    def __init__(self):
        self._params = set()
    def __setattr__(self, name, value):
        if isinstance(value, (Parameter, Layer)):
            self._params.add(name)
        super().__setattr__(name, value)
    def params(self):
        for name in sorted(self._params):
            obj = self.__dict__[name]
            if isinstance(obj, Layer):
                yield from obj.params()
            else:
                yield obj
class Linear(Layer):
    def __init__(self, n):
        super().__init__()
        self.W = Parameter(n)
        self.b = Parameter(0)
        self.n = n
class Model(Layer):
    def __init__(self):
        super().__init__()
        self.l1 = Linear(3)
        self.l2 = Linear(4)
m = Model()
print(sorted(m._params), [p.v for p in m.params()], m.l1.n)
class Frozen:
    def __init__(self, x):
        object.__setattr__(self, "x", x)
    def __setattr__(self, k, v):
        raise AttributeError(f"cannot assign to field '{k}'")
    def __delattr__(self, k):
        raise AttributeError(f"cannot delete field '{k}'")
f = Frozen(3)
print(f.x)
for stmt in (lambda: setattr(f, "x", 4), lambda: delattr(f, "x")):
    try:
        stmt()
    except AttributeError as e:
        print("AttributeError:", e)
try:
    f.y = 1
except AttributeError as e:
    print("AttributeError:", e)
class Logged:
    def __init__(self): self.log = []
    def __setattr__(self, k, v):
        if k != "log": self.log.append((k, v))
        object.__setattr__(self, k, v)
    def __getattr__(self, k):
        return f"<{k}>"
g = Logged()
g.a = 1
g.a += 2
setattr(g, "b", 5)
print(g.log, g.a, g.zz, object.__getattribute__(g, "a"))
try:
    object.__getattribute__(g, "zz")
except AttributeError as e:
    print("AttributeError:", e)
object.__delattr__(g, "a")
print(hasattr(g, "a"), g.a)
class B:
    def __eq__(self, o): return True
try:
    print({B()})
except TypeError as e:
    print(e)
print(B.__hash__)
class C(B):
    def __hash__(self): return 1
print(hash(C()))
from dataclasses import dataclass, field, FrozenInstanceError, replace
@dataclass(frozen=True)
class Point:
    x: int
    y: int = 0
p = Point(1, 2)
print(p, hash(p) == hash((1, 2)), {p: "a"}[Point(1, 2)], p == Point(1, 2))
try:
    p.x = 5
except FrozenInstanceError as e:
    print(type(e).__name__, e, isinstance(e, AttributeError))
try:
    del p.y
except AttributeError as e:
    print(e)
print(replace(p, y=9))
@dataclass
class Mut:
    a: int
try:
    hash(Mut(1))
except TypeError as e:
    print(e)
print(Mut.__hash__)
@dataclass(eq=False)
class NoEq:
    a: int
print(hash(NoEq(1)) != 0, NoEq(1) == NoEq(1))
@dataclass(unsafe_hash=True)
class U:
    a: int
    b: list = field(default_factory=list, compare=False)
print(hash(U(3)) == hash((3,)))
@dataclass(frozen=True)
class P3(Point):
    z: int = 0
    def __post_init__(self):
        object.__setattr__(self, "z", self.x + self.y)
print(P3(1, 2), len({P3(1, 2), P3(1, 2)}))
class Plain:
    def __eq__(self, o): return True
class Child(Plain):
    def __hash__(self): return 7
print(hash(Child()))
try:
    {Plain()}
except TypeError as e:
    print(e)
class Bad:
    def __hash__(self): return "x"
try:
    hash(Bad())
except TypeError as e:
    print(e)
