# Stores through integer arrays: broadcast values, values sharing the array's memory (numpy
# reads them before writing), other dtypes, negative indices, out-of-bounds errors.
import numpy as np
a = np.arange(10.0)
a[[1, 2, 3]] = a[0:3]
print(a)
b = np.arange(10.0)
b[[3, 2, 1, 0]] = b[::-1][:4]
print(b)
c = np.arange(12).reshape(3, 4)
c[np.arange(3), [0, -1, 1]] = c[0, :3]
print(c)
d = np.zeros((4, 3))
d[[0, 2], :] = np.array([1, 2, 3])
d[np.array([-1, -3]), np.array([2, 0])] = 7.5
print(d)
e = np.zeros(5, dtype=np.float32)
e[[0, 4]] = np.array([1.5, 2.25])
f = np.zeros(5, dtype=np.int64)
f[[1, 3]] = np.array([2.9, -1.9])
print(e, f)
g = np.zeros((3, 3))
g[[0, 1, 2], [2, 1, 0]] = np.array([[1.0], [2.0], [3.0]])[:, 0]
print(g)
for bad in [lambda: a.__setitem__([10], 1.0), lambda: a.__setitem__([-11], 1.0), lambda: c.__setitem__((np.arange(3), [0, 4, 1]), 0), lambda: a.__setitem__([1, 2], np.ones(3))]:
    try:
        bad()
    except Exception as err:
        print(type(err).__name__, err)
