# np.convolve / np.correlate (every mode, kernel lengths around numpy's short-kernel path of
# tolerance: rtol=1e-12 atol=1e-12 (BLAS and LAPACK round differently on different processors)
# 11), the window functions and np.i0, printed with full digits (tolist) so bits must match.
import numpy as np

np.random.seed(7)
for n1, n2 in [(1, 1), (5, 3), (3, 5), (20, 11), (20, 12), (11, 11), (40, 13), (7, 1), (60, 33)]:
    a = np.random.randn(n1)
    v = np.random.randn(n2)
    for mode in ["full", "same", "valid"]:
        print(n1, n2, mode, np.convolve(a, v, mode).tolist())
        print(n1, n2, mode, np.correlate(a, v, mode).tolist())

f = np.random.rand(30).astype(np.float32)
k = np.random.rand(4).astype(np.float32)
print(np.convolve(f, k).tolist(), np.convolve(f, k).dtype)
print(np.correlate(f, np.random.rand(15).astype(np.float32), "same").tolist())
print(np.convolve([1, 2, 3], [0, 1, 0.5]))
print(np.convolve([1, 2, 3], [0, 1, 0.5], "same"))
print(np.convolve([1, 2, 3], [0, 1, 0.5], 1))
print(np.correlate([1, 2, 3], [1, 2, 3, 4, 5], "full"))
print(np.correlate(np.arange(6), np.array([1, -1], dtype=np.int32)))
print(repr(np.convolve(np.array([1, 2], np.int32), np.array([3], np.int32))))
print(repr(np.convolve([True, False, True], [True, True])))
print(repr(np.convolve(3, 2)), repr(np.convolve(np.float32(2), [1.5, 2.0])))
print(np.convolve(np.arange(10.0), np.ones(3) / 3, mode="valid"))

for M in [0, 1, 2, 5, 12, 3.5]:
    print(M, np.kaiser(M, 2).tolist())
    for w in [np.hanning, np.hamming, np.bartlett, np.blackman]:
        print(w.__name__, M, w(M).tolist())
print(np.kaiser(11, 14).tolist())
print(np.kaiser(6, 0).tolist())
print(np.i0([0.0, 0.5, -1, 7.9, 8.0, 8.1, 30, 700]).tolist())
print(repr(np.i0(5)), repr(np.i0(np.arange(3))), np.i0(np.float32(2)).dtype)
print(np.i0(np.array([0.25, 3.0, 12.0], dtype=np.float32)).tolist())

# The book's smooth_curve.
def smooth_curve(x):
    window_len = 11
    s = np.r_[x[window_len - 1:0:-1], x, x[-1:-window_len:-1]]
    w = np.kaiser(window_len, 2)
    y = np.convolve(w / w.sum(), s, mode="valid")
    return y[5:len(y) - 5]

print(smooth_curve(np.arange(30.0) * np.sqrt(np.arange(30.0))).tolist())
print(smooth_curve(np.random.rand(50)))

for call in [
    lambda: np.convolve([], [1]),
    lambda: np.convolve([1], []),
    lambda: np.correlate([], [1]),
    lambda: np.correlate([1, 2], []),
    lambda: np.convolve([[1, 2]], [1]),
    lambda: np.convolve([1, 2], [1], "x"),
    lambda: np.convolve([1, 2], [1], "v"),
    lambda: np.convolve([1, 2], [1], ""),
    lambda: np.convolve([1, 2], [1], 5),
]:
    try:
        call()
    except ValueError as e:
        print("ValueError:", e)
