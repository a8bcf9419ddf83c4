# argmax/argmin along rows long enough for the vector passes and their blocks of 256: NaNs, ties, signed zeros, infinities.
import numpy as np
np.random.seed(3)
out = []
for n in [1, 5, 15, 16, 17, 31, 32, 33, 100, 255, 256, 257, 272, 273, 511, 513, 1000, 1027]:
    a = np.random.randn(7, n)
    a[1, n // 2] = np.nan
    a[2, :] = 0.0
    a[3, ::2] = -0.0
    a[4, :] = a[4, 0]
    a[5, n - 1] = np.inf
    a[6, :] = -np.inf
    b = np.round(a * 2)
    out.append((a.argmax(axis=1).tolist(), a.argmin(axis=1).tolist(), b.argmax(axis=1).tolist(), b.argmin(axis=1).tolist(), int(a.argmax()), int(b.argmin())))
for o in out:
    print(o)
