# np.clip through one loop (NaN values and bounds, low above high, float32; not the sign of a zero
# result, which numpy's vector and scalar loops choose differently), square
# roots as the instruction gives them, and in-place arithmetic into an array's own elements
# (views, offsets, aliasing, warnings), each as numpy computes them.
import numpy as np

x = np.array([-2.0, 0.25, np.nan, np.inf, -np.inf, 3.0, 0.75, -0.5, 1.5])
for low, high in [(0.0, 1.0), (1.0, 0.5), (np.nan, 1.0), (0.0, np.nan), (-np.inf, np.inf), (2, 3)]:
    c = np.clip(x, low, high)
    print(low, high, c, x.astype(np.float32).clip(low, high), np.clip(np.tile(x, 5), low, high).sum())
print(np.clip(np.arange(10), 2, 7), np.clip(np.arange(6.0).reshape(2, 3).T, 1, 4))
print(np.clip(x, np.float32(0.5), 1.0).dtype, np.clip(x.astype(np.float32), 0.5, 1.0).dtype)
print(np.clip(x[::2], -1, 1), np.clip(x, None, 0.5), np.clip(x, -0.5, None))

s = np.array([-1.0, -0.0, 0.0, 2.0, np.inf, np.nan, 1e-310, 1e300])
print(np.sqrt(s), np.signbit(np.sqrt(s)).astype(int), np.sqrt(s.astype(np.float32)))
print(np.sqrt(np.arange(20.0)).sum(), np.sqrt(np.arange(20, dtype=np.float32)).sum(), s ** 0.5)

a = np.arange(12.0).reshape(3, 4)
v = a[1:]
v += 100
b = a[:, 1:3]
b *= -1
print(a)
c = np.arange(6.0)
c[1:] += c[:-1]
d = np.arange(5.0)
d -= d
print(c, d)
e = np.ones(4, dtype=np.float32)
e /= 3
e += np.float64(0.5)
print(e, e.dtype)
with np.errstate(divide="ignore", invalid="ignore"):
    f = np.array([1.0, 0.0, -1.0])
    f /= 0
    print(f)
try:
    with np.errstate(divide="raise"):
        g = np.array([1.0, 2.0])
        g /= 0
except FloatingPointError as err:
    print("FloatingPointError", err, g)
h = np.arange(8.0).reshape(2, 4)
h += np.arange(4.0)
h.T[:] += 1
h[:, ::2] -= 0.5
print(h)
k = np.arange(6.0)
k //= 0.5
k %= 4
k **= 2
print(k)
w = np.ones((3, 3))
w -= 0.1 * np.ones((3, 3))
x2 = np.array([1.5, 2.5])
x2 += [1, 2]
x2 *= True
print(w, x2)
