# weakref.ref: a reference that does not keep its object alive (DeZero's outputs), as in CPython.
import weakref
import numpy as np


class Variable:
    def __init__(self, data):
        self.data = data


class Function:
    def __call__(self, x):
        y = Variable(x.data * 2)
        self.outputs = [weakref.ref(y)]
        return y


f = Function()
y = f(Variable(np.array(3.0)))
out = f.outputs[0]
print(out() is y, out().data, type(out).__name__, isinstance(out, weakref.ref))
print(repr(out).startswith("<weakref at 0x"), "; to 'Variable' at 0x" in repr(out))
del y
print(out(), repr(out).endswith("; dead>"))
a = Variable(1)
r1, r2 = weakref.ref(a), weakref.ref(a)
print(r1 == r2, r1 != r2, {r1: "x"}[r2], callable(r1))
h = hash(r1)
def g():
    pass
print(weakref.ref(g)() is g, weakref.ref(Variable)() is Variable, weakref.ref(np.ones(2))() is None)
for bad in (3, "s", [1], (1,), {}):
    try:
        weakref.ref(bad)
    except TypeError as e:
        print(e)
try:
    r1(1)
except TypeError as e:
    print(e)
del a
try:
    hash(r1)
except TypeError as e:
    print(e)
print(r1 == r1, hash(r1) == h)
