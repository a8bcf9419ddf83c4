# Empty arrays with huge other extents, and numpy scalars at the ends of their range: numpy's
# errors, never a crash.
import numpy as np

wide = np.zeros((0, 2**40))
tall = np.zeros((2**40, 0))
cases = [
    lambda: wide.sum(axis=0), lambda: wide.mean(axis=0), lambda: np.any(wide, axis=0),
    lambda: wide.max(axis=0), lambda: tall @ tall.T, lambda: np.eye(3)[:, :0] @ wide,
    lambda: np.tile(tall, (2**30, 1)), lambda: np.zeros((2**32, 2**32, 0)),
    lambda: np.empty((2**31, 2**31, 4)), lambda: np.eye(2**32), lambda: np.linspace(0, 1, 2**62),
    lambda: np.zeros(np.float64(3)), lambda: np.full(3.0, 1), lambda: np.random.normal(size=1e3),
    lambda: np.percentile([1, 2, 3], float("nan")), lambda: int(np.float64("nan")),
    lambda: int(np.float32("inf")), lambda: np.histogram([1, 2], bins=2.5),
]
for case in cases:
    try:
        print(case().shape)
    except (MemoryError, ValueError, TypeError, OverflowError) as e:
        print(isinstance(e, MemoryError), type(e).__name__ if not isinstance(e, MemoryError) else "", e)
print(wide.sum(axis=1).shape, (tall.T @ tall).shape, np.tile(tall, (2, 3)).shape)
print(int(np.float64(1e300)) == 10**300 // 10**300 * int(1e300), round(np.float64(1e300)) == int(1e300))
print(int(np.float32(3e38)), np.int64(7).__index__(), [10, 20, 30][np.int64(2)])
print(np.histogram([1, 2, 3], bins=np.int64(3))[0], np.histogram([1, 2, 3], bins=np.int32(2))[0])
