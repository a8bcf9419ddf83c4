# numpy functions NumBook writes in the language itself (fliplr, rot90, array_split, diag,
# tolerance: rtol=1e-12 atol=1e-12 (BLAS and LAPACK round differently on different processors)
# triu, average, percentile, histogram, bincount, cov, interp, ...), the new ufuncs, dtype
# names, eval and np.dot with scalars, against numpy's own results.
import numpy as np

np.random.seed(5)
x = np.random.randn(4, 5)
y = np.arange(12).reshape(3, 4)
v = np.random.rand(9)

print(np.ndim(y), np.shape(y), np.size(y), np.size(y, 1), np.ndim(3.0), np.shape([1, 2]))
print(np.fliplr(y), np.flipud(y), sep="\n")
for k in range(-1, 5):
    print(k, np.rot90(y, k).tolist())
print(np.rot90(np.arange(24).reshape(2, 3, 4), 1, axes=(1, 2)).shape)
for parts in [3, 4, 12, 13, [2, 5], [1, 1, 9]]:
    print(parts, [a.tolist() for a in np.array_split(np.arange(10), parts)])
print([a.shape for a in np.array_split(np.ones((6, 7)), 3, axis=1)])
for k in [-2, -1, 0, 1, 3, 9]:
    print(k, np.diag(y, k).tolist(), np.diag([1, 2, 3], k).tolist())
print(np.trace(y), np.trace(x).round(12), np.trace(y, 1))
print(np.triu(y).tolist(), np.tril(y, -1).tolist(), np.triu(x, 2).round(3).tolist())
print(np.average(y), np.average(y, axis=0), np.average(y, axis=1, weights=[1, 2, 3, 4]))
print(np.average(x, weights=np.abs(x)).round(12), np.average([1.0, 2.0], weights=[3, 1]))
print(np.average(y, axis=0, returned=True))
print(np.nan_to_num(np.array([np.nan, np.inf, -np.inf, 1.5])))
print(np.nan_to_num(np.array([np.nan, np.inf], dtype=np.float32), nan=-1.0))
print(repr(np.nan_to_num(np.nan)), np.nan_to_num(np.array([1, 2])))
labels = np.random.randint(0, 6, 40)
print(np.bincount(labels), np.bincount(labels, minlength=9))
print(np.bincount(np.array([0, 1, 1, 3]), weights=np.array([0.5, 0.25, 1.0, 2.0])))
for q in [0, 25, 50, 90, 100, [10, 50, 99]]:
    print(q, repr(np.percentile(v, q)), repr(np.percentile(y, q)))
print(np.percentile(y, 50, axis=0), np.percentile(y, [25, 75], axis=1))
print(repr(np.quantile(v, 0.3)), np.median(v) == np.percentile(v, 50))
counts, edges = np.histogram(np.random.randn(200), bins=8)
print(counts, edges)
print(np.histogram(y, bins=3), np.histogram([1, 2, 2, 3, 9], bins=4, range=(0, 8)))
print(np.histogram(np.ones(5)))
print(np.logspace(0, 2, 3), np.logspace(0, 3, 4, base=2.0))
print(np.logical_and([True, False, True], [True, True, False]), np.logical_or(0, 1))
print(np.logical_xor(np.array([1, 0]), np.array([1, 1])), np.logical_not(np.array([0, 2])))
print(np.mod(np.arange(-3, 4), 3), np.floor_divide(7, 2), np.true_divide(np.arange(3), 2))
print(np.remainder(-7, 3))
print(repr(np.finfo(np.float64)), repr(np.finfo(np.float32)), repr(np.iinfo(np.int32)), repr(np.iinfo("int64")))
print(repr(np.finfo(np.float64).eps), repr(np.finfo(np.float32).eps), np.finfo(float).max)
print(repr(np.finfo(np.float32).tiny), np.iinfo(np.uint8).max)
print(np.isin([1, 5, 2], [1, 2]), np.setdiff1d([5, 1, 2, 3], [2]), np.intersect1d([1, 2, 3], [3, 2, 7]))
print(np.union1d([4, 1], [2, 1]), np.searchsorted([1, 3, 5], [0, 3, 6]), np.searchsorted([1, 3, 5], 3, side="right"))
print(np.polyval([2, 1, -1], np.arange(4)), repr(np.polyval([2, 1], 3)))
print(np.vectorize(lambda a, b: a * 10 + b)(np.arange(3), 2))
print(np.reciprocal(np.array([2.0, 4.0, 0.5])), np.fix(np.array([1.7, -1.7, 0.0])))
print(np.hypot(3, 4), np.hypot(np.array([5.0, 8.0]), 12), np.arctan2([1, -1], [1, 1]))
print(np.heaviside(np.array([-1.0, 0.0, 2.0]), 0.5))
print(np.gradient(np.array([1.0, 4, 9, 16, 25])), np.gradient(np.array([1, 2, 4]), 2.0))
print(np.gradient(np.arange(12.0).reshape(3, 4) ** 2))
print(np.interp([0.5, 1.5, 2.5, 4.0, -1.0], [0, 1, 2, 3], [0, 10, 20, 15]), repr(np.interp(1.25, [1, 2], [10, 20])))
print(np.digitize([0.2, 1.5, 3.0, -1.0], [0, 1, 2, 3]), np.digitize([0.2, 1.5], [3, 2, 1, 0]))
print(np.digitize([1.0, 2.0], [0, 1, 2, 3], right=True))
print(np.cov(np.array([[1.0, 2, 3, 5], [2, 4, 7, 1]])), np.cov([1.0, 2.0, 4.0]))
print(np.cov(x, rowvar=False).round(10).shape, np.cov(x).round(12)[0])
print(np.corrcoef(np.array([1.0, 2, 3, 8]), np.array([2.0, 4, 7, 1])))
print(np.kron(np.eye(2), np.array([[1, 2], [3, 4]])), np.kron([1, 2], [10, 20, 30]))
print(np.dstack([np.ones(2), np.zeros(2)]).shape, np.dstack([y, y]).shape, np.atleast_2d(3).shape)
# (numpy's vector sinh, arctanh... may differ from the C library's in the last bit)
print(np.expm1(1e-10), np.sinh(1.0), np.cosh(1.0), np.arcsinh(2.0).round(15), np.arctanh(0.5).round(15))
print(np.cbrt(np.array([27.0, -8.0, 2.0])), np.trunc(np.array([1.7, -1.7])), np.rint(np.array([0.5, 1.5, 2.5])))
print(np.deg2rad(180), np.rad2deg(np.pi / 3), np.deg2rad(np.float32(90)))
print(np.dot(2, 3), np.dot(2.5, np.arange(3)), np.dot(np.arange(3), 2))
print(np.count_nonzero(y > 5), repr(np.count_nonzero(y > 5)))
print(y.astype("int").dtype, y.astype("float32").dtype, y.astype("f8").dtype, np.zeros(2, "int32").dtype)
print(np.dtype("float64"), repr(np.dtype("f4")), np.dtype(np.int32), np.dtype(float), np.dtype("bool"))
print(repr(np.array(3.5)[()]), repr(np.float64(2.5)[()]), y.reshape([4, 3]).shape)
for call in [
    lambda: np.fliplr(np.arange(3)),
    lambda: np.rot90(y, axes=(0, 0)),
    lambda: np.array_split(np.arange(4), 0),
    lambda: np.bincount(np.array([1, -1])),
    lambda: np.average(y, axis=1, weights=[1, 2]),
    lambda: np.average([1.0, 2.0], weights=[1, -1]),
    lambda: np.percentile(y, 101),
    lambda: np.dtype("foo"),
    lambda: np.finfo(np.int32),
]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__ + ":", e)
