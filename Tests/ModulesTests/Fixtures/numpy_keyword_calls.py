# numpy functions and methods as course code calls them, with keywords (axis=, keepdims=,
# dtype=, ddof=, initial=, where=, endpoint=, retstep=, return_counts=, ...): results and
# errors as numpy's. dtype= keeps a small int type through sums and accumulations.
import numpy as np
a = np.arange(12, dtype=np.float64).reshape(3, 4)
tests = ["np.sum(a, axis=0, keepdims=True)", "np.sum(a, dtype=np.int32)", "a.sum(axis=(0, 1))", "np.mean(a, axis=1, keepdims=True)",
 "np.std(a, ddof=1)", "np.var(a, axis=0, ddof=1)", "np.max(a, axis=1, keepdims=True)", "np.max(a, initial=100)", "np.min(a, where=a > 2, initial=50)",
 "np.argmax(a, axis=1)", "np.argmax(a, axis=0, keepdims=True)", "np.linspace(0, 1, 5, endpoint=False)", "np.linspace(0, 1, 5, retstep=True)",
 "np.linspace(0, 10, num=3, dtype=int)", "np.arange(0, 1, 0.25)", "np.arange(5, dtype=np.float32)", "np.zeros((2, 2), dtype=np.int64)",
 "np.ones_like(a, dtype=bool)", "np.full((2,), 7, dtype=float)", "np.eye(3, k=1)", "np.eye(2, 3, dtype=int)", "np.concatenate([a, a], axis=None)",
 "np.concatenate((a, a), axis=1).shape", "np.stack([a[0], a[1]], axis=1)", "np.clip(a, 2, 5)", "np.clip(a, a_min=None, a_max=3)",
 "np.round(a / 7, decimals=2)", "np.around(1.2345, 2)", "a.round(1)", "np.where(a > 5)", "np.where(a > 5, a, -1)", "np.unique([3, 1, 3, 2], return_counts=True)",
 "np.unique([3, 1, 3, 2], return_index=True, return_inverse=True)", "np.sort(np.array([3, 1, 2]))[::-1]", "np.argsort(np.array([3, 1, 2]), kind='stable')",
 "a.astype(np.int32, copy=False).dtype", "a.reshape(-1, order='C')", "a.reshape((2, -1))", "a.flatten(order='F')", "a.T.ravel()", "np.transpose(a, axes=(1, 0)).shape",
 "np.expand_dims(a, axis=0).shape", "np.squeeze(np.ones((1, 3, 1)), axis=0).shape", "np.repeat(np.array([1, 2]), 2)", "np.tile(np.array([1, 2]), (2, 2))",
 "np.pad(np.array([1, 2]), (1, 2), constant_values=9)", "np.pad(np.ones((2, 2)), 1)", "np.dot(a, a.T)", "np.matmul(a, a.T).shape", "np.outer([1, 2], [3, 4])",
 "np.linalg.norm(a, axis=1)", "np.linalg.norm(a, ord=1)", "np.linalg.norm(a, 'fro')", "np.cumsum(a, axis=1)", "np.prod(a + 1, axis=0)", "np.all(a >= 0, axis=0)",
 "np.any(a > 10)", "np.count_nonzero(a, axis=0)", "np.isclose(0.1 + 0.2, 0.3)", "np.allclose(a, a + 1e-9)", "np.array_equal(a, a.copy())",
 "np.exp(np.array([0.0, 1.0]))", "np.log(np.array([1.0, np.e]))", "np.maximum(a, 5)", "np.power(2, np.arange(4))", "np.sign(np.array([-2, 0, 3]))",
 "np.mean(np.array([1, 2, 3, 4]))", "np.percentile(np.arange(10), 50)", "np.median(np.arange(10))", "np.histogram(np.arange(10), bins=3)",
 "np.random.seed(0) or np.random.rand(2)", "np.random.seed(1) or np.random.randn(2, 2)", "np.random.seed(2) or np.random.randint(0, 10, size=5)",
 "np.random.seed(3) or np.random.choice(5, 3, replace=False)", "np.random.seed(4) or np.random.normal(0, 1, size=(2,))", "np.random.seed(5) or np.random.uniform(low=1, high=2, size=3)",
 "np.random.seed(6) or np.random.permutation(5)", "np.float64(1.5) * 2", "np.int64(3) / 2", "np.array([1, 2]) / np.array([2, 4])", "np.array([True, False]).sum()",
 "np.array([[1, 2], [3, 4]]).mean(axis=0)", "np.array([1.5, 2.5, 3.5]).astype(int)", "np.arange(6).reshape(2, 3)[:, [0, 2]]", "np.arange(6)[np.arange(6) % 2 == 0]",
 "np.newaxis is None", "a[np.newaxis, :, 0].shape", "a[..., 1]", "np.argmin(a)", "np.nonzero(np.array([0, 1, 0, 2]))", "np.diag(np.array([1, 2]))", "np.trace(a[:, :3])",
 "np.linalg.inv(np.array([[2.0, 0], [0, 4]]))", "np.linalg.det(np.array([[1.0, 2], [3, 4]]))", "np.linalg.solve(np.array([[2.0, 0], [0, 4]]), np.array([2.0, 4]))",
 "np.sum([[1, 2], [3, 4]], axis=-1)", "np.abs(-a[0])", "np.sqrt(a[1])", "np.log1p(a[0])", "np.tanh(a[0, :2])", "np.dtype('float32')", "a.dtype.name", "a.itemsize", "a.nbytes",
 "np.zeros(3).tolist()", "a[0].item(2)", "np.array(5).item()", "np.asarray([1, 2], dtype=np.float32)", "np.copy(a[0])", "np.empty((0, 3)).shape", "np.vstack([a[0], a[1]]).shape",
 "np.hstack([a[0], a[1]]).shape", "np.column_stack([a[0], a[1]]).shape", "np.split(np.arange(6), 3)", "np.array_split(np.arange(5), 2)", "np.flip(np.arange(3))", "np.swapaxes(a, 0, 1).shape",
 "np.meshgrid(np.arange(2), np.arange(3))", "np.c_[np.array([1, 2]), np.array([3, 4])]", "np.r_[np.array([1, 2]), 3]", "np.isnan(np.array([1.0, np.nan]))", "np.nan_to_num(np.array([np.nan, np.inf]))",
 "np.sum(a, axis=2)", "a.reshape(5, 3)", "np.dot(a, a)", "np.zeros((2, 3)) + np.ones((3, 2))", "np.array([1, 2])[5]", "np.mean(a, axis=(0, 1))", "np.max([])"]
for t in tests:
    try:
        print(t, '->', repr(eval(t)))
    except Exception as e:
        print(t, '->', type(e).__name__, e)
b = np.arange(6, dtype=np.int32)
for t in ["np.sum(b)", "np.sum(b, dtype=np.int32)", "b.sum(dtype=np.int64)", "np.prod(b + 1, dtype=np.int32)", "np.cumsum(b, dtype=np.int32)", "np.cumprod(b + 1, dtype=np.float32)",
          "np.cumsum(b)", "b.cumsum(dtype=np.int32)", "np.sum(a, axis=1, dtype=np.int32)", "np.sum(a, dtype=np.float32)", "np.mean(b, dtype=np.float32)", "np.sum(b, initial=10, dtype=np.int32)"]:
    try:
        print(t, '->', repr(eval(t)))
    except Exception as e:
        print(t, '->', type(e).__name__, e)
o = np.zeros(6, dtype=np.int32)
print(np.cumsum(b, dtype=np.int32, out=o) is o, o)
