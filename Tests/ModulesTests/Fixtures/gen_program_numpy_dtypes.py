# Generated: numpy dtypes.
import numpy as np
a = np.array([1, 2, 3], dtype=np.int32)
b = np.array([0.5, 1.5], dtype=np.float32)
print(a.dtype, (a * 2).dtype, (a / 2).dtype, (a + 1.5).dtype, (b * 2).dtype, (b + a[:2]).dtype)
print(a.astype(float), b.astype(int), np.array([True, False]).astype(int), a.itemsize, b.nbytes)
print(repr(a.sum()), repr(b.mean()), repr(np.float32(0.1)), repr(np.int64(7) // 2), a.tolist(), type(a[0]).__name__)
print(np.array([1, 2]) == np.array([1, 3]), np.array_equal(a, [1, 2, 3]), np.zeros(3, dtype=bool))
