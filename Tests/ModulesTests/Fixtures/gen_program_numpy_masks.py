# Generated: numpy masks.
import numpy as np
np.random.seed(3)
a = np.random.randint(-9, 10, (4, 6))
print(a, a[a > 0], (a > 0).sum(axis=0), np.count_nonzero(a % 2 == 0))
a[a < 0] = 0
print(a, np.where(a == 0)[0][:5], np.argwhere(a > 7) if hasattr(np, "argwhere") else None)
rows = a.sum(axis=1) > 10
print(rows, a[rows], a[:, [0, -1]], a[1:3, ::2])
