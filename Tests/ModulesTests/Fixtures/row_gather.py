# a[idx] and a[idx] = rows of one integer array along the first axis: whole rows copied as
# blocks (negative positions, int32 and 2-d indexes, strided and offset views, empty picks,
# repeated positions, every dtype), the general path for rows that do not lie densely, numpy's
# IndexError for a bad position; tolist() of views and every dtype.
import numpy as np

rng = np.random.RandomState(2)
x = np.arange(60.0).reshape(12, 5)
idx = rng.randint(0, 12, 7)
print(x[idx], x[idx].shape, x[idx].flags["C_CONTIGUOUS"])
print(x[[-1, 0, -12, 3]], x[np.array([2, 2, 2], dtype=np.int32)])
print(x[np.array([[0, 1], [11, -2]])], x[np.array([], dtype=np.int64)].shape)
print(x[::3][[1, 0, 3]], x[2:][[0, -1]], x[:, 1:][[4, 5]], x.T[[0, 4]])
b = x[idx]
b[0, 0] = -1.0
print(x[idx[0]], b[0])
for dt in [np.float32, np.int32, np.int64, np.bool_, np.uint8]:
    a = (np.arange(24) % 7).astype(dt).reshape(4, 3, 2)
    print(dt.__name__, a[[3, 1, -4]].tolist(), a[np.array([1])].dtype)
v = np.arange(10) * 1.5
print(v[[9, 0, -3]], v[np.array([[1, 2], [3, 4]])])
e = np.zeros((3, 0))
print(e[[0, 2]].shape, e[[0, 2, 1]])
for bad in [[12], [-13], [0, 40]]:
    try:
        x[bad]
    except IndexError as err:
        print("IndexError", err)
try:
    np.zeros((0, 4))[[0]]
except IndexError as err:
    print("IndexError", err)
print(x[[3, 1], :], x[np.array([0, -1]), :][:, ::2], np.take(x, [5, 0], axis=0), np.take(x, [1, 1]))
print(x.reshape(3, 4, 5)[[2, 0], :, :].sum(), x.reshape(3, 4, 5)[[2, 0], :].shape)

y = np.zeros((6, 3))
y[[4, 0, 4]] = np.arange(9.0).reshape(3, 3)
y[np.array([[1], [2]])] = np.ones((2, 1, 3))
y[[-1], :] = [[7.0, 8.0, 9.0]]
y[[5, 3]] = 2
print(y)
z = np.arange(20).reshape(5, 4)
z[[0, 1]] = z[[3, 4]]
z[[2]] = z[2:3] * 10
z[::2][[1, 2]] = -1
zt = np.zeros((4, 5), dtype=np.float32)
zt.T[[0, 2]] = np.ones((2, 4), dtype=np.float32)
print(z, zt)
try:
    y[[0, 6]] = np.ones((2, 3))
except IndexError as err:
    print("IndexError", err, y[0])
try:
    y[[0, 1]] = np.ones((3, 3))
except ValueError as err:
    print("ValueError", err)
f32 = np.array([[0.1, 0.5], [1e-8, 3.0]], dtype=np.float32)
print(f32.tolist(), f32.T.tolist(), x[::4, 1:3].tolist(), np.zeros((2, 0)).tolist(), np.zeros((0, 2)).tolist())
print(np.array([True, False]).tolist(), np.arange(3, dtype=np.uint8).tolist(), np.arange(4, dtype=np.int32).reshape(2, 1, 2).tolist())
print(type(f32.tolist()[0][0]).__name__, type(np.arange(2).tolist()[0]).__name__, np.float64(2.5).tolist(), np.array(3).tolist())
