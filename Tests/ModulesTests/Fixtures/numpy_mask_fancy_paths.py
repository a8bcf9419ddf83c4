# Boolean masks and integer-array indices through every layout the kernels special-case:
# contiguous and transposed arrays, masks that are views, scalars and arrays as values, each dtype.
import numpy as np

np.random.seed(3)
x = np.random.randn(4, 5)
m = x > 0.2
a = x.copy(); a[m] = 0; print(a)
b = x.T.copy(); b[m.T] = -1.5; print(b)
c = x.T; c2 = c.copy(); c2[c2 < 0] = 7; print(c2)
t = x.copy(); t.T[m.T] = 9; print(t)            # a transposed (non-contiguous) target
s = x.copy(); s[:, 1:][m[:, 1:]] = 2; print(s)  # a sliced target and mask
print(x[m]); print(x.T[m.T]); print(x[:, ::2][m[:, ::2]])
v = x.copy(); v[m] = np.arange(m.sum()) * 10.0; print(v)
w = x.copy(); w[m] = np.array([5.5]); print(w)
z = x.copy(); z[np.zeros_like(m)] = 1; print(z)  # an all-false mask
for dt in [np.float32, np.int32, np.int64, np.uint8, np.bool_]:
    arr = (np.arange(12).reshape(3, 4) % 5).astype(dt)
    arr[arr > 2] = 1
    print(arr, arr.dtype, arr[arr > 0])
n = np.arange(10) * 1.5
n[n > 6] = -n[n > 6]; print(n)
rows = np.arange(6); cols = np.array([0, 2, 1, 3, -1, -4])
g = np.arange(24.0).reshape(6, 4)
print(g[rows, cols]); g[rows, cols] = 100 + rows; print(g)
g[rows, cols] = 0; print(g)
print(g[[-1, 0]], g[:, [0, -1]], g[[1, 2], 1:3])
h = np.arange(60).reshape(3, 4, 5)
print(h[[0, 2], :, [1, 3]]); print(h[:, [1, 2], [0, 4]]); print(h[1:, [0, 3]][:, :, ::2])
h[:, [0, 3], 2] = -1; print(h)
dmax = np.zeros((8, 4)); idx = np.array([3, 1, 0, 2, 2, 1, 0, 3])
dmax[np.arange(idx.size), idx.flatten()] = np.arange(8.0) + 0.5; print(dmax)
try:
    g[rows, np.array([0, 1, 2, 3, 4, 5])]
except IndexError as e:
    print("IndexError:", e)
try:
    g[np.array([0, -7])]
except IndexError as e:
    print("IndexError:", e)
try:
    a[m[:3]] = 1
except IndexError as e:
    print("IndexError:", e)
try:
    a[m] = np.array([1.0, 2.0])
except ValueError as e:
    print("ValueError:", e)
try:
    a[m] = np.ones((2, 3))
except TypeError as e:
    print("TypeError:", e)
