# Methods that only update int attributes of their instance, run by NumBook's method
# kernels: whenever the kernel must hand over to the generic code, the answer is Python's.


class Counter:
    def __init__(self):
        self.n = 0
        self.rate = 3
        self.f = 1.5

    def inc(self, k):
        self.n += k

    def scaled(self, k):
        self.n = self.rate * k
        return k

    def area(self):
        return self.rate * self.rate

    def both(self, a, b):
        self.n += a
        self.rate -= b
        return a + b

    def fl(self, k):
        self.f += k


o = Counter()
for i in range(1000):
    o.inc(i)
print(o.n, o.inc(5), o.n, o.area(), o.scaled(4), o.n, o.both(2, 1), o.n, o.rate)
o.fl(2)
print(o.f)
o.n = 2**62
o.inc(2**62)
print(o.n)
o.n = 'x'
try:
    o.inc(1)
except TypeError as e:
    print('TypeError:', e)
o.n = 5
o.inc(1.5)
print(o.n)
# The first update happens, the second fails, as in Python.
o.n = 1
o.rate = 'r'
try:
    o.both(10, 1)
except TypeError as e:
    print('TypeError:', e, o.n, o.rate)
o.rate = 2**63 - 1
try:
    print(o.both(10, -1), o.n, o.rate)
except OverflowError as e:
    print('OverflowError:', e)


class Shown(Counter):
    @property
    def n(self):
        return 42

    @n.setter
    def n(self, v):
        print('set', v)


s = Shown()
s.inc(3)
print(s.n)


class Logged(Counter):
    def __setattr__(self, name, value):
        print('setattr', name, value)
        object.__setattr__(self, name, value)


g = Logged()
g.inc(4)
print(g.n)


class Slotted:
    __slots__ = ('n',)

    def __init__(self):
        self.n = 0

    def inc(self, k):
        self.n += k


t = Slotted()
t.inc(7)
t.inc(8)
print(t.n)
del o.rate
try:
    print(o.area())
except AttributeError as e:
    print('AttributeError:', e)
Counter.rate = 7
print(o.area())
o.inc = lambda k: print('own inc', k)
o.inc(3)
del o.inc
o.inc(3)
print(o.n)
