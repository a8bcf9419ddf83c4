# In-place arithmetic into strided views (every other column, transposes, reversed rows, the
# col2im pattern of a CNN's backward pass) computed in the view's own elements, operands that
# broadcast or share its memory, and a view assigned back onto itself; as numpy computes them.
import numpy as np
a = np.arange(24, dtype=np.float64).reshape(4, 6)
a[:, ::2] += 1
print(a)
a[1:, 1::2] *= np.array([2.0, 3.0, 4.0])
print(a)
b = a.T
b -= np.arange(4.0)
print(a)
c = np.arange(12.0).reshape(3, 4)
c[:, 1:] += c[:, :-1]          # overlapping: numpy buffers
print(c)
d = np.arange(10.0)
d[::2] += d[::2]
print(d)
e = np.arange(12, dtype=np.float32).reshape(3, 4)[:, ::-1]
e /= np.float32(2)
print(e, e.dtype)
f = np.zeros((2, 3, 4))
f[:, 1, :] += np.ones(4)
f[..., 2] -= 5
print(f)
g = np.arange(6.0).reshape(2, 3)
v = g[:, 1]
v += np.array([[1.0, 2.0]])[0]
print(g)
h = np.ones((3, 3))
h[::2, ::2] += h[::2, ::2].copy()
print(h)
k = np.arange(8.0)
k[1:] += 1.5
k[:3] = k[:3]
print(k)
m = np.arange(9.0).reshape(3,3)
mt = m.T
mt += m       # overlapping different view: numpy copies
print(m)
n = np.arange(6.0).reshape(2, 3)
n[:, :2] = np.maximum(n[:, :2], 2)
x = np.full((2, 4), np.inf)
with np.errstate(invalid='raise'):
    try:
        x[:, ::2] -= np.inf
    except FloatingPointError as ex:
        print("FPE", ex)
y = np.ones((2,4))
y[:, ::2] /= 0.0
print(y)

np.random.seed(3)
col = np.random.rand(2 * 3 * 3 * 2 * 2 * 2).reshape(2, 3, 3, 2, 2, 2).transpose(0, 3, 4, 5, 1, 2)
img = np.zeros((2, 2, 7, 7))
for yy in range(2):
    for xx in range(2):
        img[:, :, yy:yy + 6:2, xx:xx + 6:2] += col[:, :, yy, xx, :, :]
print(img.sum(), img[1, 1])
w = np.ones((4, 5), dtype=np.float32)[:, 1:4]
w -= 0.5 * np.arange(3, dtype=np.float32)
w[1] *= np.float32(3)
print(w, w.dtype)
z = np.arange(5.0)[::-1]
z **= 2
z //= 3
z %= 4
print(z)
