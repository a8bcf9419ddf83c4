# Creating instances and calling super() methods with plain arguments (the call sites' direct
# paths) next to every case that needs the general one.
class Point:
    def __init__(self, x, y=0):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


class Point3(Point):
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

    def norm1(self):
        return abs(self.x) + abs(self.y) + abs(self.z)


class Named(Point3):
    def __init__(self, name, *coords):
        super().__init__(*coords)
        self.name = name

    def norm1(self):
        return super().norm1() * 10


print([Point(i, -i) for i in range(3)], Point(5), Point(y=2, x=1), Point3(1, -2, 3).norm1())
n = Named("n", 1, 2, 3)
print(n.name, n.z, n.norm1(), isinstance(n, Point), type(n).__name__)


class Empty:
    pass


class WithNew:
    def __new__(cls, v):
        print("new", v)
        return super().__new__(cls)

    def __init__(self, v):
        self.v = v


class Returns:
    def __init__(self):
        return 5


class Error(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code


class Bag(dict):
    def __init__(self, k):
        super().__init__()
        self[k] = 1


class Meta(type):
    def __call__(cls, *args):
        print("meta call", args)
        return super().__call__(*args)


class Made(metaclass=Meta):
    def __init__(self, a):
        self.a = a


class Static:
    @staticmethod
    def make():
        return "static"


class UsesStatic(Static):
    def make(self):
        return "own " + super().make()


print(type(Empty()).__name__, WithNew(3).v, Error(7).code, str(Error(8)), Bag("k"), Made(4).a)
print(UsesStatic().make())
for bad in ["Empty(1)", "Returns()", "Point()", "Point(1, 2, 3)", "Point3(1, 2)"]:
    try:
        eval(bad)
    except TypeError as error:
        print(bad, "->", error)


# A site that sees several classes in turn, and a class whose __init__ changes.
class A:
    def __init__(self, v):
        self.v = ("A", v)


class B:
    def __init__(self, v):
        self.v = ("B", v)


for cls in [A, B, A, Point]:
    print(cls(1).__dict__)
A.__init__ = lambda self, v: setattr(self, "v", ("patched", v))
print(A(2).v)


class Base:
    def hello(self, who):
        return "base " + who


class Child(Base):
    def hello(self, who):
        return "child " + super().hello(who)


print(Child().hello("x"))
Base.hello = lambda self, who: "patched " + who
print(Child().hello("y"))


class Deep(Point3):
    def __init__(self):
        super().__init__(1, 2)


try:
    Deep()
except TypeError as error:
    print("TypeError", error)
