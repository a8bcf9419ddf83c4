# An array's special methods by name: the operators (in place too), __len__, __getitem__,
# __float__ (refused when called on a larger array), __array__, __copy__, __deepcopy__ and
# __hash__ (None: arrays are unhashable).
import numpy as np
x = np.array([1.0, 2.0, 3.0])
for name in ['__add__', '__radd__', '__iadd__', '__sub__', '__mul__', '__rmul__', '__imul__', '__truediv__', '__itruediv__', '__pow__', '__ipow__', '__rpow__', '__matmul__', '__neg__', '__abs__', '__len__', '__getitem__', '__setitem__', '__contains__', '__eq__', '__lt__', '__iter__', '__array__', '__bool__', '__float__', '__repr__', '__str__', '__mod__', '__floordiv__', '__and__', '__invert__', '__copy__', '__deepcopy__', '__hash__']:
    print(name, hasattr(x, name))
print(x.__add__(1), x.__mul__(x), x.__len__(), x.__getitem__(1), x.__contains__(2.0), x.__eq__(2.0), x.__neg__(), x.__pow__(2), x.__rsub__(1))
y = x.copy(); y.__iadd__(1); print(y); y.__ipow__(2); print(y)
import copy
print(copy.copy(x), copy.deepcopy(x), x.__hash__ is None)
try:
    x.__float__()
except TypeError as err:
    print('TypeError', err)
print(np.array(2.5).__float__(), x.__array__() is x, x.__array__(np.float32).dtype, x.__deepcopy__({}))
z = x
z += 1
z **= 2
z @= np.eye(3)
print(x, z is x)
