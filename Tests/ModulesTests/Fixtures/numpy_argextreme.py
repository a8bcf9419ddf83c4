# argmax/argmin: lane boundaries, ties, NaN, infinities and signed zeros, along every axis.
import numpy as np

nan, inf = np.nan, np.inf
rng = np.random.RandomState(7)
for n in [1, 2, 3, 4, 5, 7, 8, 9, 12, 13, 16, 17, 31, 32, 33, 40, 47, 48, 63, 64, 100, 1000]:
    a = rng.randint(0, 5, n).astype(float)
    print(n, np.argmax(a), np.argmin(a), a.argmax(), a.argmin())
    for k in sorted({0, 9, n // 2, n - 17, n - 1} & set(range(n))):
        b = a.copy()
        b[k] = nan
        print("  nan at", k, np.argmax(b), np.argmin(b))
        c = a.copy()
        c[k] = -inf
        c[n - 1 - k] = inf
        print("  inf", np.argmax(c), np.argmin(c))

print(np.argmax([0.0, -0.0, 0.0]), np.argmin([-0.0, 0.0]), np.argmax([-0.0, 0.0]))
print(np.argmax([nan, nan, 1.0]), np.argmin([1.0, 2.0, nan, nan, 0.0, nan, 7, 8, 9]))
print(np.argmax([-inf] * 9), np.argmin([inf] * 10))

m = rng.randint(0, 4, (6, 41)).astype(float)
m[2, 5] = nan
m[4, 0] = nan
m[5, 9] = nan
for axis in [None, 0, 1, -1]:
    print(axis, np.argmax(m, axis=axis), np.argmin(m, axis=axis))
print(np.argmax(m, axis=1, keepdims=True).T, np.argmin(m, axis=0, keepdims=True))
t = rng.randint(0, 9, (3, 4, 10))
print(np.argmax(t, axis=0), np.argmax(t, axis=1), np.argmin(t, axis=2), t.argmax(), t.argmin())
print(np.argmax(t.astype(np.float32), axis=2), np.argmax(t.T, axis=0))
print(np.argmax(np.array([True, False, True])), np.argmin(np.array([3, 1, 1, 0, 0], dtype=np.int32)))
# Along axis 0, eight columns at a time and the rest: signed zeros tie, NaN wins for good.
z = rng.randint(0, 3, (9, 19)).astype(float)
z[z == 2] = -0.0
z[3, 4] = z[7, 18] = z[0, 11] = nan
print(np.argmax(z, axis=0), np.argmin(z, axis=0), np.argmax(z[:, :16], axis=0))
