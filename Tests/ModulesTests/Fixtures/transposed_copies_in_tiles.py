# Copies of transposed arrays, large both ways (copied in tiles), of every dtype, with offsets,
# steps and reversed axes, into views, and through reshape: the same elements as numpy's.
import numpy as np
rs = np.random.RandomState(0)
def h(x):
    return (x.shape, x.dtype.name, float(np.round((x.astype(np.float64) * np.arange(x.size).reshape(x.shape) % 97).sum(), 4)), x.flags['C_CONTIGUOUS'])
a = rs.randn(100, 70)
print(h(a.T.copy()), h(np.ascontiguousarray(a.T)))
b = rs.randn(3, 128, 96)
for axes in [(2, 1, 0), (0, 2, 1), (1, 2, 0), (2, 0, 1)]:
    print(axes, h(b.transpose(axes).copy()), h(b.astype(np.float32).transpose(axes).copy()), h((b * 10).astype(np.int64).transpose(axes).copy()), h((b > 0).transpose(axes).copy()), h((b * 10).astype(np.int32).transpose(axes).copy()))
c = rs.randn(200, 300)
print(h(c[10:150, 20:280].T.copy()), h(c[::2, ::3].T.copy()), h(c[::-1].T.copy()), h(c.T[5:90, 7:190].copy()))
d = np.zeros((300, 200)); d[:, :] = c.T; print(h(d), np.array_equal(d, c.T))
e = np.zeros((310, 220)); e[5:305, 10:210] = c.T; print(h(e), np.array_equal(e[5:305, 10:210], c.T))
f = rs.randn(64, 64); print(np.array_equal(f.T.copy(), f.T), h(f.T.reshape(-1)))
g = rs.randn(65, 130, 2)[:, :, 0]; print(np.array_equal(g.T.copy(), g.T), h(g.T.copy()))
x = rs.randn(4, 100, 80); print(h(x.transpose(0, 2, 1).reshape(4, -1)), np.array_equal(x.transpose(0, 2, 1).copy(), x.transpose(0, 2, 1)))
print(h(np.asfortranarray(c)), h(np.array(c.T, order='C')), h(c.T.astype(np.float32)))
