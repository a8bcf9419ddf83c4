# numpy printing in everyday use (scientific switch, suppress, linewidth, reprs of scalars and empty arrays) and common statistics, np.diff.
import numpy as np
np.random.seed(1)
x = np.random.randn(3, 4)
print(x, x * 1e6, x * 1e-6, x.astype(np.float32), (x * 100).astype(int), x > 0)
print(np.array([1e-10, 1, 1e10]), np.array([0.1, 0.12, 0.123]), np.array([1.0, 2.0]), np.array([1.5, np.nan, np.inf]))
print(repr(np.array([[1, 2], [3, 4]])), repr(np.zeros((2, 2), dtype=np.float32)), repr(np.array([True, False])), repr(np.array([], dtype=float)))
print(np.arange(2000), np.linspace(0, 1, 11), repr(np.float64(0.1)), repr(np.float32(0.1)), repr(np.int64(5)), np.float64(1e20), np.float64(-0.0))
with np.printoptions(precision=3, suppress=True):
    print(x * 1e-5, np.array([1e-8, 1.0]))
np.set_printoptions(linewidth=40)
print(np.arange(30) * 1.5)
np.set_printoptions(linewidth=75)
print(np.array([[1.123456789, 22.1], [333.5, 4444.25]]), np.array(['a', 'bb']) if False else 0, np.eye(2) == 1)
print(x.sum(axis=0), x.mean(axis=1, keepdims=True).shape, x[1], x[:, 1], x[x > 1], np.round(x, 2), x.T @ x)
print(np.array([[0.5, 1e-3], [1e3, 5.0]]), np.array([1e16, 1.0]), np.array([123456789.0, 0.1]), np.array([-1.0, 1e-17]))
print(np.mean([1, 2, 3, 4]), np.std([1, 2, 3, 4]), np.var([1, 2, 3, 4], ddof=1), np.sum([[1, 2], [3, 4]], axis=0), np.prod([1, 2, 3, 4]))
print(np.argmax([[1, 5], [7, 2]]), np.argmin([3, 1, 2]), np.cumsum([1, 2, 3]), np.diff([1, 4, 9]) if hasattr(np, 'diff') else None)
print(np.diff([1, 4, 9, 16], 2), np.diff(np.array([[1, 3], [6, 10]]), axis=0), np.diff(np.array([True, False, False])), np.diff([1.5, 2.0]))
