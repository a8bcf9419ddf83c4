# a[idx] of one integer array along the first axis: whole rows copied as blocks (negative
# positions, int32 and 2-d indexes, strided and offset views, empty picks, every dtype), the
# general path for rows that do not lie densely, and numpy's IndexError for a bad position.
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
