# np.median (axes, NaN, even counts, dtypes) and np.argwhere.
import numpy as np
a = np.array([[3, 1, 2, 8], [4, 4, 0, 1], [9, 7, 5, 3]])
print(np.median(a), np.median(a, axis=0), np.median(a, axis=1), np.median(a, 1), np.median([1.5, np.nan, 2]))
print(np.median(np.array([[1.0, np.nan], [2.0, 3.0]]), axis=0), np.median(np.arange(7.0)), repr(np.median([2, 4])))
print(np.argwhere(np.array([[0, 1], [2, 0]])), np.argwhere(np.array([0, 3, 0, 4])).shape, np.argwhere(np.zeros((2, 2))).shape)
print(np.median(np.array([1, 2, 3], dtype=np.float32)).dtype, np.median(np.ones((2, 3, 4)), axis=-1).shape)
