# numpy indexing and assignment as learners use them: views, fancy and mask indexing, newaxis, argsort, take, bitwise.
import numpy as np
a = np.arange(24).reshape(4, 6)
print(a[1:3, ::2], a[-1], a[:, -1], a[::-1, 0], a[[0, 2], [1, 3]], a[[0, 2]][:, [1, 3]], a[a % 5 == 0], a[1][2], a[1, 2])
b = a.copy().astype(float)
b[0] = -1
b[:, 1] = [10, 20, 30, 40]
b[b > 20] *= 0.5
b[[1, 3], 0] = 99
b[2:, 4:] = np.array([[7, 8], [9, 10]])
print(b)
v = a[1:3]
v[0, 0] = 1000
print(a[1, 0], np.shares_memory(a, v) if hasattr(np, "shares_memory") else True, a.flags["C_CONTIGUOUS"] if False else "")
x = np.zeros((3, 3))
x[np.arange(3), np.arange(3)] = 1
x[..., 0] += 5
x[:, np.newaxis, 1].shape
print(x, x[:, np.newaxis, 1].shape, x[None].shape, x[..., None].shape, x.reshape(-1)[::4])
idx = np.argsort([3, 1, 2])
print(idx, np.array([10, 20, 30])[idx], np.take([4, 5, 6], [2, 0]) if hasattr(np, "take") else "", np.where(a > 20, a, -a)[3])
m = np.array([[1, 2], [3, 4]])
m[m > 1] = 0
print(m, m.sum(), np.array([True, False]) & np.array([True, True]), ~np.array([True, False]), np.array([1, 2]) | 4)
a = np.arange(12).reshape(3, 4)
print(np.take(a, [0, 5, -1]), np.take(a, [2, 0], axis=1), np.take(a, [1], axis=0), np.take(a, 3), np.take([1.5, 2.5], [[0, 1], [1, 1]]))
