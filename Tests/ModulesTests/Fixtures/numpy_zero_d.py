# 0-d arrays: shape functions give 0-d arrays, computations numpy scalars; str, format, indexing with ...; errors.
# tolerance: rtol=1e-12 atol=1e-12 (BLAS and LAPACK round differently on different processors)
import numpy as np
a = np.array([[2.5]])
print(repr(np.squeeze(a)), repr(a.squeeze()), repr(np.reshape(a, ())), repr(a.reshape(())), repr(np.copy(np.array(3))), repr(np.transpose(np.array(1.5))))
print(repr(np.cov([1.0, 2.0, 4.0])), repr(np.corrcoef([1.0, 2.0, 4.0])))
z = np.squeeze(a)
print(repr(z + 1), repr(z * a), repr(np.exp(z)), repr(z.sum()), repr(z[()]), repr(z[...]), z.shape, float(z), repr(z.item()))
print(repr(np.array(5)), repr(np.asarray(2.0)), repr(np.array(5)[()]), repr(np.array([1, 2])[0]))
print(repr(np.einsum('ij->', np.ones((2, 2)))), repr(np.trace(np.eye(3))), repr(np.mean(np.array([1.0, 2.0]))))
b = np.arange(3.0); print(repr(b[0, ...]), repr(b[..., 1]), repr(b[1]))
print(z, [z], f"{z:.3f}", int(z), z < 3, -z, abs(-z), z ** 2, round(float(z)), z.ndim, z.size, len(str(z)), z.tolist(), z.dtype)
c = np.cov(np.array([1.0, 2.0, 4.0]))
print(c, np.sqrt(c), c + np.zeros(2), "%.4f" % c, max(c, 1.0), bool(c))
try:
    len(z)
except TypeError as e:
    print("TypeError:", e)
try:
    for v in z: pass
except TypeError as e:
    print("TypeError:", e)
try:
    z[0]
except IndexError as e:
    print("IndexError:", e)
print(np.array(1/3), np.array(1/3, dtype=np.float32), np.array(True), np.array(7), str(np.array(1e20)), [np.array(1/3)])
