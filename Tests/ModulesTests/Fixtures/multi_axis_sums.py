# Sums and means over several axes add in numpy's order (the trailing reduced or kept axes as
# one inner run, the runs in C order), so batch normalisation over (0, 2, 3) prints numpy's
# last digits; zeros_like and friends keep their argument's layout; np.array(order='F').
import numpy as np

rng = np.random.RandomState(5)
for shape, axes in [((2, 3, 4, 4), (0, 2, 3)), ((5, 6, 7), (0, 1)), ((5, 6, 7), (1, 2)),
                    ((5, 6, 7), (0, 2)), ((4, 5, 6, 7), (1, 3)), ((4, 5, 6, 7), (0, 1, 2)),
                    ((3, 40, 50), (1, 2)), ((6, 7, 300), (0, 2)), ((2, 3, 4), (0, 1, 2))]:
    x = rng.randn(*shape)
    s = x.sum(axis=axes)
    print(shape, axes, repr(s.ravel()[:3]), repr(x.mean(axis=axes).ravel()[-2:]))
    print(repr(x.astype(np.float32).sum(axis=axes).ravel()[:2]), x.sum(axis=axes, keepdims=True).shape)

x = rng.randn(8, 3, 5, 5)
m = x.mean(axis=(0, 2, 3))
v = x.var(axis=(0, 2, 3))
xn = (x - m.reshape(1, 3, 1, 1)) / np.sqrt(v.reshape(1, 3, 1, 1) + 1e-5)
print(repr(m), repr(v))
print(repr(xn.sum()), repr(xn.std()), repr(np.sum(xn, axis=(1, 2, 3))[:3]))
i = np.arange(24).reshape(2, 3, 4)
print(i.sum(axis=(0, 2)), i.mean(axis=(0, 1)), i.max(axis=(1, 2)), i.prod(axis=(0, 1))[:2])

w = rng.randn(4, 5).T
print(np.zeros_like(w).strides, np.ones_like(w).strides, np.full_like(w, 2).strides)
print(np.empty_like(w).shape, np.full_like(w, [1, 2, 3, 4]).tolist()[0], np.ones_like(w, dtype=int))
z = np.array([[1, 2], [3, 4]], order='F')
print(z.strides, z.flags['F_CONTIGUOUS'], (z + 1).strides, np.array(w, order='F').strides)
