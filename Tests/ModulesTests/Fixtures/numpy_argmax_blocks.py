# argmax/argmin along rows of every length around the 16-lane steps and 256-value blocks:
# ties, NaNs (first NaN wins), -0.0 tying with 0.0, infinities, extremes at either end.
import numpy as np
np.random.seed(3)
out = []
for n in [1, 2, 15, 16, 17, 31, 32, 33, 255, 256, 257, 300, 511, 512, 513, 1000, 2049]:
    for kind in range(6):
        a = np.random.randint(-5, 5, size=(3, n)).astype(np.float64)
        if kind == 1: a = np.random.rand(3, n)
        if kind == 2:
            a = np.random.rand(3, n); a[1, n // 2] = np.nan; a[2, -1] = np.nan
        if kind == 3: a = np.zeros((3, n)); a[0, n // 3] = -0.0; a[1, ::2] = -0.0
        if kind == 4: a = np.full((3, n), -np.inf); a[2, n - 1] = np.inf
        if kind == 5: a = -np.random.rand(3, n); a[:, -1] = 5.0; a[:, 0] = -7.0
        out.append((n, kind, a.argmax(axis=1).tolist(), a.argmin(axis=1).tolist(), int(a.argmax()), int(a.argmin()), a[:, ::-1].argmax(axis=1).tolist()))
for o in out:
    print(o)
