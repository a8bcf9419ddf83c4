# Element-wise operations on large strided operands whose memory orders disagree (the loop
# may walk them in another order than C's): results must not depend on it. Values are small
# integers (also as floats) so that every sum printed is exact.
import numpy as np

# col2im's accumulation: a strided view of img += a transposed view of col, in place.
col = (np.arange(100 * 12 * 12 * 30 * 4) % 7).astype(np.float64)
col = col.reshape(100, 12, 12, 30, 2, 2).transpose(0, 3, 4, 5, 1, 2)
img = np.zeros((100, 30, 25, 25))
for y in range(2):
    for x in range(2):
        img[:, :, y:24 + y:2, x:24 + x:2] += col[:, :, y, x, :, :]
print(img.sum(), img[3, 4, :6, :6].tolist())
print(img[99, 29, 18:, 18:].tolist())

# A fresh result from the same operands.
v = img[:, :, 1:25:2, 0:24:2] + col[:, :, 1, 0, :, :]
print(v.shape, v.flags['C_CONTIGUOUS'], v.sum(), v[7, 11, 2, :].tolist())

# Transposed operands, every dtype the kernels run.
for dtype in (np.int64, np.int32, np.float64, np.float32):
    a = (np.arange(300 * 200) % 11).astype(dtype).reshape(300, 200)
    b = (np.arange(200 * 300) % 13).astype(dtype).reshape(200, 300)
    c = a + b.T
    d = a.T * b
    e = b.T - a
    print(dtype.__name__, c.sum(), d.sum(), e.sum(), c[5, :4].tolist(), d[199, -3:].tolist())
    a.T[...] = 1
    f = a[::-1, ::-2]
    f += b.T[::-1, ::-2]
    print(a.sum(), a[0, :4].tolist(), a[299, -4:].tolist())

# In place through a transposed view, with an operand in C order.
m = (np.arange(256 * 128) % 5).astype(np.float64).reshape(256, 128)
n = (np.arange(128 * 256) % 3).astype(np.float64).reshape(128, 256)
m.T[:, :] -= n
print(m.sum(), m[:3, :3].tolist())
m.T[:, :] *= n + 1
print(m.sum(), m[-2:, -3:].tolist())

# A broadcast operand beside disagreeing ones.
g = np.arange(64 * 32 * 16).reshape(64, 32, 16).transpose(2, 0, 1)
h = np.arange(32)
k = g + h
print(k.shape, k.sum(), k[15, 63, -4:].tolist())
g2 = np.zeros((16, 64, 32), dtype=np.int64)
g2 += g
g2 //= 3
print(g2.sum(), g2[1, 2, :5].tolist())

# Maximum and comparison-free arithmetic of mixed layouts.
p = np.maximum(a.astype(np.float64), b.T[:, ::-1])
print(p.sum(), p[:2, :5].tolist())
q = np.minimum(a[:, ::3], b.T[:, ::3] * 2)
print(q.sum(), q[-1, :5].tolist())
