# Object-oriented learner code: inheritance, super, __eq__/__hash__, operators, __format__, __getattr__, class and static methods.
class Base:
    count = 0
    def __init__(self, name):
        self.name = name
        Base.count += 1
    def describe(self):
        return f"{self.__class__.__name__}:{self.name}"
    def __eq__(self, other):
        return isinstance(other, Base) and self.name == other.name
    def __hash__(self):
        return hash(self.name)
class Child(Base):
    def describe(self):
        return "child " + super().describe()
a, b, c = Base("x"), Child("x"), Child("y")
print(a.describe(), b.describe(), a == b, b == c, len({a, b, c}), Base.count, Child.count, b.count)
print(isinstance(b, Base), type(b) is Child, Child.__name__, Child.__mro__ if False else [k.__name__ for k in Child.__mro__])
print(getattr(a, "name"), getattr(a, "missing", "default"), hasattr(b, "describe"), callable(b.describe))
setattr(a, "extra", 42)
print(a.extra, vars(a), sorted(dir(a))[-3:] if False else "dir ok")
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __add__(self, other):
        if isinstance(other, int):
            return Money(self.cents + other)
        return Money(self.cents + other.cents)
    __radd__ = __add__
    def __lt__(self, other):
        return self.cents < other.cents
    def __repr__(self):
        return f"Money({self.cents})"
    def __str__(self):
        return f"${self.cents / 100:.2f}"
    def __bool__(self):
        return self.cents != 0
    def __format__(self, spec):
        return format(self.cents / 100, spec)
m = [Money(250), Money(100), Money(0)]
print(sum(m), sorted(m), min(m), max(m), str(m[0]), [bool(x) for x in m], f"{m[0]:>8.1f}", f"{m[1]}", repr(m[2]))
class Temp:
    def __init__(self):
        self._c = 0
    def __getattr__(self, name):
        return f"<no {name}>"
t = Temp()
print(t._c, t.foo, t.bar)
class Reg:
    items = []
    @classmethod
    def add(cls, x):
        cls.items.append(x)
        return cls
    @staticmethod
    def helper(v):
        return v * 2
print(Reg.add(1).add(2).items, Reg.helper(4), Reg().helper(5))
print(type(3.0).__name__, type([]) == list, type(type), issubclass(Child, (int, Base)), isinstance(3, (str, int)))
print(sorted({"b": 1, "a": 2}.items(), key=lambda kv: kv[1]), list(map(str, range(3))), any([]), all([1, 0]), sum([[1], [2]], []))
