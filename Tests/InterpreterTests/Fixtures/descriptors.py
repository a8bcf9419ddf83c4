# The descriptor protocol: __get__ (on instances and on the class), __set__ and __delete__
# (data descriptors come before the instance's own attributes), __set_name__ at class creation.
class Positive:
    def __set_name__(self, owner, name):
        self.private = "_" + name
        print("set_name", owner.__name__, name)
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private)
    def __set__(self, obj, value):
        if value <= 0:
            raise ValueError(f"{self.private[1:]} must be positive")
        setattr(obj, self.private, value)

class Ten:
    def __get__(self, obj, objtype=None):
        return 10

class Item:
    price = Positive()
    qty = Positive()
    ten = Ten()
    def __init__(self, price, qty):
        self.price = price
        self.qty = qty
    def total(self):
        return self.price * self.qty

it = Item(3, 4)
print(it.total(), it.ten, Item.ten, type(Item.price).__name__)
try:
    it.qty = -1
except ValueError as e:
    print("ValueError:", e)
print(it.qty, vars(it))
it.ten = 5
print(it.ten)

class Counter:
    def __init__(self): self.calls = 0
    def __get__(self, obj, owner):
        self.calls += 1
        return self.calls
class H:
    c = Counter()
h = H()
print(h.c, h.c, H.c)
class Deleting:
    def __get__(self, obj, owner): return "got"
    def __delete__(self, obj): print("deleting")
class K:
    d = Deleting()
k = K()
del k.d
print(k.d)
try:
    k.d = 3
except AttributeError as e:
    print("AttributeError:", e)
