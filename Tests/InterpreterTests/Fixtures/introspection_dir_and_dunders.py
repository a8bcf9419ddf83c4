# dir() lists what CPython's does; __class__, __module__, __defaults__ and __kwdefaults__.
class Plain:
    """A class."""
    x = 1

    def method(self):
        return 2


class Slotted:
    __slots__ = ('a', 'b')


class Child(Slotted):
    pass


class MyError(ValueError):
    pass


class MyList(list):
    def extra(self):
        pass


p = Plain()
p.y = 3
print(dir(object))
print(dir(p))
print(dir(Plain))
print(dir(Slotted()))
print(dir(Child()))
print(dir(MyError()))
print(dir(MyList()))
for value in [1, 1.5, True, None, 'text', [1], (1,), {1: 2}, {1}, frozenset(), range(2), b'x',
              bytearray(b'x'), slice(1), Exception('e')]:
    print(type(value).__name__, dir(value))
print(dir(int) == dir(1), dir(str) == dir(''))


def f(a, b=2, *rest, c, d=4, e=5, **options):
    pass


def g():
    pass


print(f.__defaults__, f.__kwdefaults__, g.__defaults__, g.__kwdefaults__)
print((lambda q=[1]: q).__defaults__)
print(p.__module__, Plain.__module__, p.__class__, p.__class__.__name__)
for value in [1, 2.5, 'a', [], None, True, range(3), len, f, Plain, p.method, Exception()]:
    print(value.__class__ is type(value), value.__class__.__name__)
print(hasattr(p, '__class__'), getattr(5, '__class__'))
