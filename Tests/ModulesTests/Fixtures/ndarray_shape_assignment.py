# `a.shape = ...` reshapes in place (a view when the elements allow it), as numpy does.
import numpy as np
print(hasattr(3, "__index__"), (3).__index__(), True.__index__(), hasattr(3.0, "__index__"))
print((2**70).__index__(), (7).__int__(), (7).__float__(), (2.5).__int__(), (2.5).__float__())
a = np.arange(12)
b = a[2:8]
a.shape = (3, 4)
print(a, a.shape, b.shape)
a.shape = (2, -1)
print(a.shape, a[1, 5])
a.shape = 12
print(a.shape)
v = a.reshape(3, 4)
v.shape = (4, 3)
print(v.base is a, v[3])
for bad in [(5, 3), (2, -1, -1), (2.0, 6)]:
    try:
        a.shape = bad
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
t = np.ones((2, 3)).T
try:
    t.shape = (6,)
except AttributeError as e:
    print(e)
for name in ("ndim", "size", "T"):
    try:
        setattr(a, name, 1)
    except AttributeError as e:
        print(e)
