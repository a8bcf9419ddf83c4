# An instance's __dict__: changes through it (item assignment and deletion, update, pop,
# setdefault, clear) reach the instance; descriptors that keep values in obj.__dict__.
class Typed:
    def __set_name__(self, owner, name): self.name = name
    def __get__(self, obj, objtype=None):
        if obj is None: return self
        return obj.__dict__[self.name]
    def __set__(self, obj, value):
        if not isinstance(value, int): raise TypeError(f"{self.name} must be int")
        obj.__dict__[self.name] = value
class C:
    n = Typed()
    def __init__(self, n, **kw):
        self.n = n
        self.__dict__.update(kw)
c = C(3, a=1, b=2)
print(c.n, c.a, c.b, vars(c))
try:
    c.n = "x"
except TypeError as e:
    print(e)
d = c.__dict__
d["z"] = 9
print(c.z)
del c.__dict__["a"]
print(hasattr(c, "a"), c.__dict__.pop("b"), hasattr(c, "b"))
print(c.__dict__.setdefault("q", 5), c.q)
c.__dict__.clear()
print(vars(c), hasattr(c, "z"))
class Cfg:
    def __init__(self, **kw):
        for k, v in kw.items():
            self.__dict__[k] = v
    def __repr__(self):
        return "Cfg(" + ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items()) + ")"
print(Cfg(lr=0.1, epochs=3))
print(type(c.__dict__), isinstance(c.__dict__, dict), c.__dict__ == {})
