import numpy as np

a = np.arange(6).reshape(2, 3)
print(np.eye(3), np.eye(2, 3, k=1), np.identity(2, dtype=np.int64), np.full((2, 2), 7), np.full(3, 0.5))
print(np.zeros_like(a), np.ones_like(a, dtype=np.float64), np.full_like(a, 9), np.empty((0, 3)).shape)
print(a.astype(np.float32), a.astype(np.float64).dtype, a.ravel(), a.flatten(), a.item(4), type(a.item(1)).__name__)
print(np.transpose(a), a.transpose(1, 0), np.swapaxes(a, 0, 1), np.expand_dims(a, 0).shape, np.expand_dims(a, -1).shape)
print(np.squeeze(np.zeros((1, 3, 1))).shape, np.flip(a), np.flip(a, 1), np.flip(a, axis=0))
print(np.concatenate([a, a]), np.concatenate([a, a], axis=1), np.concatenate([a, a], axis=None))
print(np.stack([a[0], a[1]]), np.stack([a[0], a[1]], axis=1), np.vstack([a[0], a[1]]), np.hstack([a, a]))
print(np.column_stack([np.arange(3), np.arange(3) * 2]), np.split(np.arange(6), 3), np.split(np.arange(5), [2, 3]))
print(np.tile(np.arange(3), 2), np.tile(a, (2, 1)), np.repeat(np.arange(3), 2), np.repeat(a, 2, axis=0))
print(np.pad(a, 1), np.pad(np.arange(3), (2, 1), constant_values=-1))
xs, ys = np.meshgrid(np.arange(3), np.arange(2) * 0.5)
print(xs, ys)
x = np.array([3.0, -1.5, np.nan, 0.0, 2.5])
print(np.where(x > 0, x, 0), np.where(a > 2), np.nonzero(a), np.clip(a, 1, 4), np.clip(x, -1, 1))
print(np.maximum(a, 2), np.minimum(x, 1.0), np.isnan(x), np.isinf(x / 0.0 if False else x), np.isfinite(x), np.sign(x))
print(np.round(np.array([0.5, 1.5, 2.5, -0.5, 1.2345]), 2), np.round(np.array([0.5, 1.5, 2.5])), np.around(np.array([1234, 1250]), -2))
print(np.cumsum(a), np.cumsum(a, axis=0), np.cumprod(a + 1, axis=1), np.cumsum(x * 0.1))
print(np.any(a > 4), np.all(a >= 0), np.any(a > 4, axis=1), a.all(axis=0), np.count_nonzero(a), np.count_nonzero(a, axis=0))
print(np.sort(np.array([3, 1, 2])), np.sort(x), np.argsort(np.array([3.0, 1.0, 2.0, 1.0])), np.sort(a * -1, axis=0))
print(np.unique(np.array([3, 1, 2, 3, 1])), np.unique(np.array([2.5, 1.0, 2.5]), return_counts=True))
print(np.allclose(a, a + 1e-9), np.isclose(x, 3.0), np.array_equal(a, a.copy()), np.array_equal(a, a.T))
print(np.outer(np.arange(3), np.arange(2)), np.inner(np.arange(3), np.arange(3)), a.dot(a.T), np.matmul(a, a.T))
m = np.array([[4.0, 7.0], [2.0, 6.0]])
print(np.linalg.inv(m), repr(np.linalg.det(m)), np.linalg.solve(m, np.array([1.0, 2.0])), repr(np.linalg.norm(m)))
print(np.add(a, 1), np.multiply(2, a), np.power(a, 2), np.divide(a, 2))
s = np.array([5, 2, 9, 1])
s.sort()
s.fill(3) if False else None
print(s, a.cumsum(), a.any(), a.argsort(axis=0), a.clip(1, 3), a.repeat(2), a.nonzero())
print(repr(np.linalg.det(np.array([[1.0, 2.0], [2.0, 4.0]]))), a.item(-1), a.item(1, 2))
try:
    a.item(9)
except IndexError as e:
    print("IndexError:", e)
try:
    np.arange(6).item(9)
except IndexError as e:
    print("IndexError:", e)
try:
    np.linalg.inv(np.array([[1.0, 2.0], [2.0, 4.0]]))
except np.linalg.LinAlgError as e:
    print("LinAlgError:", e)
np.concatenate([a, np.arange(4).reshape(2, 2)], axis=0)
