# Whole-array max and min in numpy's order (the sign of a zero result), NaN anywhere, integer
# and boolean reductions read in place; shuffles and permutations of rows, views and empties.
import numpy as np

for dtype in [np.float64, np.float32]:
    for n in [1, 2, 3, 8, 9, 16, 17, 33, 64, 65, 100, 129, 200, 257]:
        signs = []
        for pos in range(n):
            a = np.zeros(n, dtype)
            a[pos] = -0.0
            b = np.full(n, -0.0, dtype)
            b[pos] = 0.0
            signs.append(("-" if np.signbit(a.max()) else "+") + ("-" if np.signbit(b.min()) else "+"))
        print(np.dtype(dtype).name, n, "".join(signs))

rng = np.random.RandomState(11)
for n in [1, 7, 8, 9, 63, 64, 65, 130, 1000]:
    a = rng.randn(n)
    print(n, a.max(), a.min(), a.astype(np.float32).max(), a.astype(np.float32).min())
    for k in sorted({0, n // 3, n - 1}):
        b = a.copy()
        b[k] = np.nan
        print("  nan at", k, b.max(), b.min(), np.max(b.astype(np.float32)))
    c = a.copy()
    c[n // 2] = np.inf
    print("  inf", c.max(), (-c).min())
m = rng.rand(4, 6, 5)
print(m.max(), m.min(), m.T.max(), m[:, ::2].min(), np.amax(m), np.amin(m))
i = rng.randint(-50, 50, (7, 9))
print(i.max(), i.min(), i.sum(), i.prod(), i.T.max(), i.astype(np.int32).sum(), i.astype(np.int32).max())
t = rng.rand(1001) > 0.4
print(t.sum(), t[3:].sum(), t.reshape(7, 143).sum(), np.sum(t), t.max(), t.min(), t.prod())

np.random.seed(1)
print(np.random.permutation(10), np.random.permutation(np.arange(12).reshape(4, 3)))
a = np.arange(24.0).reshape(6, 4)
np.random.shuffle(a)
print(a)
b = np.arange(30).reshape(5, 6)[:, ::2]
np.random.shuffle(b)
print(b)
c = np.arange(40, dtype=np.int32).reshape(10, 2, 2)[::2]
np.random.shuffle(c)
print(c)
d = np.arange(7, dtype=np.float32)
np.random.shuffle(d)
print(d)
e = np.array([True, False, True, True, False])
np.random.shuffle(e)
print(e)
g = np.zeros((3, 0))
np.random.shuffle(g)
print(g.shape, np.random.randint(100))
h = np.arange(10.0)
v = h[::3]
np.random.shuffle(v)
print(h)
r = np.random.default_rng(4)
x = np.arange(12).reshape(3, 4)
r.shuffle(x)
print(x, r.permutation(9))
print(np.random.permutation(60000)[:8], np.random.permutation(60000).sum())
