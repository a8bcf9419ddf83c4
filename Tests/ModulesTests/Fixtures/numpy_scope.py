# A sweep over the NumKit issue's scope: creation (ndmin), shapes (expand_dims with axes), meshgrid indexing, isclose equal_nan, reductions, linalg.
import numpy as np
print(np.array([1, 2], ndmin=3).shape, np.full_like(np.arange(3), 7.5), np.identity(2, dtype=int), np.copy([1, 2]))
print(np.pad(np.arange(3), (1, 2), constant_values=9), np.pad(np.ones((2, 2)), 1), np.swapaxes(np.zeros((2, 3, 4)), 0, 2).shape)
print(np.expand_dims(np.arange(3), axis=(0, 2)).shape, np.squeeze(np.zeros((1, 3, 1)), axis=0).shape, np.split(np.arange(10), [3, 7]))
print(np.tile(np.array([[1, 2]]), (2, 2)), np.repeat(np.array([[1, 2], [3, 4]]), 2, axis=1), np.flip(np.arange(6).reshape(2, 3), axis=1))
xx, yy = np.meshgrid([1, 2, 3], [4, 5], indexing="ij")
print(xx, yy, np.unique([3, 1, 3, 2, 1], return_counts=True), np.allclose([1, 2], [1, 2.0001], rtol=1e-3), np.isclose([1.0, np.nan], [1.0, np.nan], equal_nan=True))
a = np.arange(1, 13).reshape(3, 4)
print(np.cumprod(a, axis=1), np.count_nonzero(a % 3, axis=0), np.sort(-a, axis=0), np.argsort(a[:, ::-1], axis=1, kind="stable"))
print(a.std(ddof=1), a.var(axis=(0, 1)), a.prod(axis=0), a.any(axis=1), (a > 6).all(axis=0), a.min(axis=1, keepdims=True))
print(np.stack([a, a], axis=1).shape, np.column_stack([[1, 2], [3, 4]]), np.concatenate([a, a], axis=None).shape, np.vstack([a, a]).shape)
print(a.item(5), a.item((1, 2)), a.tolist()[1], bool(np.array([1])), a.nbytes, a.itemsize, a.T.shape, a.ravel()[::5])
try:
    bool(a)
except ValueError as e:
    print(e)
print(np.where([True, False]), np.clip(a, 3, 8)[0], np.round(np.array([1.25, 2.5]), 1), np.around(-0.5), np.abs(-a[0]))
print(np.maximum(a, 5)[0], np.minimum(2, a)[0], np.power(a[0], 2), np.sign(np.array([-2.0, 0.0, 3.0])), np.floor(-1.5), np.ceil(1.2))
print(np.linalg.inv(np.array([[2.0, 1.0], [1.0, 3.0]])), np.linalg.det(np.eye(3) * 2), np.linalg.solve([[3, 1], [1, 2]], [9, 8]))
print(np.outer([1, 2], [3, 4, 5]).shape, np.inner([1, 2, 3], [4, 5, 6]), np.matmul(np.ones((2, 3, 4)), np.ones((4, 5))).shape)
print(np.zeros(3, dtype=np.float32).dtype, np.ones((2,), dtype=bool), np.empty((0,)).shape, np.eye(3, k=1), np.linspace(0, 1, 5, endpoint=False) if False else np.linspace(0, 1, 5))
print(np.arange(0, 1, 0.25), np.arange(5, dtype=np.float64), np.full((2, 2), np.nan), np.zeros_like(a, dtype=float)[0], np.ones_like(a)[0])
