# Comparisons of an array with a value or an array of its shape (the direct loop) and the
# broadcast cases beside them: NaN, -0.0, infinities, float32, int32, views, empty arrays.
import numpy as np
a = np.array([[1.0, np.nan, 3.0], [-0.0, 0.0, np.inf]])
f32 = a.astype(np.float32)
i = np.arange(6).reshape(2, 3)
for x, y in [(a, 0.0), (0.0, a), (a, a), (a, np.array(2.0)), (np.array([[2.0]]), a), (f32, 1.0), (f32, f32), (i, 2), (3, i), (i, i.T.copy().T), (i, 2.5), (i.astype(np.int32), i.astype(np.int32)), (np.array(1.0), np.array(1.0)), (a[:, ::2], 1.0), (np.zeros((0, 3)), 1.0), (np.array([True, False]), True)]:
    print((x > y), (x <= y), (x == y), (x != y))
print(np.arange(10).reshape(2, 5)[0] > 2, np.ones((3, 1)) < np.arange(3))
# Lengths around the eight-lane steps, NaNs and infinities among them, both operand orders.
np.random.seed(5)
for n in [7, 8, 9, 63, 64, 65, 130]:
    x = np.random.randn(n)
    x[::7] = np.nan
    x[1::11] = np.inf
    y = np.random.randn(n)
    y[::5] = np.nan
    print(n, [int(v) for v in [(x < 0.3).sum(), (x <= y).sum(), (0.3 > x).sum(), (x >= -0.5).sum(), (x == x).sum(), (x != y).sum(), (0.1 != x).sum()]])
    print((x > 0).astype(int).tolist()[:12], np.flatnonzero(x == np.inf).tolist())
