# Class machinery: __new__, __init_subclass__ with class keywords, metaclasses (__call__, __iter__, __len__, __getitem__, __contains__, __repr__, methods), class __dict__ order.
class A:
    def __new__(cls, *args, **kw):
        print("new", cls.__name__, args)
        return super().__new__(cls)
    def __init__(self, x):
        self.x = x
a = A(3); print(a.x, type(a).__name__)
class Singleton:
    _instance = None
    def __new__(cls):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance
print(Singleton() is Singleton())
class Registry:
    subclasses = []
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        Registry.subclasses.append((cls.__name__, tag))
class P(Registry, tag="p"): pass
class Q(P): pass
print(Registry.subclasses)
class Meta(type):
    def __iter__(cls): return iter(cls.items)
    def __len__(cls): return len(cls.items)
    def __getitem__(cls, k): return cls.items[k] * 10
    def __contains__(cls, v): return v in cls.items
    def __repr__(cls): return f"<Meta {cls.__name__}>"
    def describe(cls): return "described " + cls.__name__
    def __call__(cls, *args):
        print("meta call", args)
        return super().__call__(*args)
class D(metaclass=Meta):
    items = [1, 2, 3]
    def __init__(self, v=0): self.v = v
print(list(D), len(D), D[1], 2 in D, 9 in D, repr(D), D.describe(), type(D).__name__, isinstance(D, Meta))
d = D(5); print(d.v)
class E(D):
    items = [7]
print(list(E), E, type(E) is Meta)
print(list(D.__dict__)[:3])
try:
    class F(Registry, bogus=1, tag=2): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class G(bogus=1): pass
except TypeError as e:
    print("TypeError:", e)
