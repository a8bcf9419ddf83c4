# isnan/isinf/isfinite, sign, where, any/all/count_nonzero, array_equal, round, isclose and
# the logical functions over float64, float32, int and bool arrays, transposed and strided
# views, broadcasting and empty arrays (numpy's values, dtypes and result strides).
import numpy as np

np.random.seed(5)
x = np.array([[-0.0, 0.0, -1.5, 2.5, np.inf], [-np.inf, np.nan, 3.25, -2.5, 1e-300]])
f = x.astype(np.float32)
i = np.array([[3, -2, 0], [7, 0, -9]])
b = np.array([[True, False, True], [False, False, True]])
for a in [x, f, x.T, f.T, x[:, ::2], i, i.T, b]:
    print(np.isnan(a), np.isinf(a), np.isfinite(a), np.isnan(a).strides)
    if a.dtype != bool:
        print(repr(np.sign(a)), np.sign(a).strides)
    print(np.any(a), np.all(a), np.count_nonzero(a), a.any(), a.all(), np.any(a, axis=0),
          np.count_nonzero(a, axis=1))
    print(repr(np.where(a > 0, a, 0)), repr(np.where(a, 1, -1)), repr(np.where(a > 1, a, a * 2)))
    print(np.array_equal(a, a), np.array_equal(a, a.copy()), np.array_equal(a, a + 1))
print(repr(np.round(x, 2)), repr(np.round(f, 1)), repr(np.round(x.T, -1)), repr(np.round(i, -1)))
y = np.random.randn(200) * 100
print(repr(np.round(y, 2)[:8]), repr(np.round(y.astype(np.float32), 3)[:8]),
      repr(np.around(y, -2)[:8]))
print(np.round(np.float32([0.125, 0.375, 2.675, 1.005]), 2),
      np.round(np.array([0.125, 2.675, 1.005, 0.285]), 2))
z = np.random.rand(300).astype(np.float32)
print(np.isclose(z, z + np.float32(1e-5)).sum(), np.isclose(z, z + 1e-5).sum(),
      np.allclose(z, z * np.float32(1.00001)))
print(np.isclose(x, x), np.isclose(x, x, equal_nan=True), np.isclose(i, i + 1e-9),
      np.isclose(3, 3.0000001), np.allclose([1, 2], [1, 2.0000001]))
print(np.isclose([1e10, 1e-7], [1.00001e10, 1e-8]), np.isclose([1e-8, 1e-7], [0.0, 0.0]),
      np.isclose(np.inf, np.inf), np.isclose(np.inf, -np.inf))
print(b | ~b, b ^ b[::-1], ~b, np.logical_and(b, b[::-1]), np.logical_or(i, b),
      np.logical_not(i), np.logical_xor(b, True))
print(np.array([1, 2, 3], dtype=np.uint8) & np.uint8(6), i & 6, i | 1, ~i)
print(np.where([[True], [False]], [1.5, 2.5, 3.5], -1),
      np.where(np.array([1, 0, 2]), 1.0, np.float32(2)))
print(np.where(x > 0), np.where(i), np.where(b, i, 0.5), np.where(b, f[:, :3], i).dtype,
      np.where(b, b, ~b))
e = np.zeros((0, 3))
print(np.any(e), np.all(e), np.count_nonzero(e), np.where(e > 0, e, 1).shape, np.isnan(e).shape,
      np.sign(e).shape, np.array_equal(e, e))
print(np.array_equal([1, 2], [1, 2]), np.array_equal(np.array([2**53 + 1]), np.array([2**53 + 1.0])),
      np.array_equal([np.nan], [np.nan]), np.array_equal([np.nan], [np.nan], equal_nan=True))
print(repr(np.sign(np.array([-np.inf, np.nan, -0.0, 0.0]))))
for name, f in [("sign", np.sign), ("negative", np.negative), ("positive", np.positive),
                ("-", lambda m: -m), ("+", lambda m: +m)]:
    try:
        print(name, f(b))
    except TypeError as e:
        print(name, type(e).__name__, e)
# Counting truths 128 bytes at a time, 255 turns before the byte lanes are summed.
for n in [127, 128, 129, 32640, 32768, 40000, 100003]:
    ones = np.ones(n, dtype=bool)
    half = np.arange(n) % 3 == 0
    print(n, np.count_nonzero(ones), np.count_nonzero(half), np.count_nonzero(ones[5:]))
