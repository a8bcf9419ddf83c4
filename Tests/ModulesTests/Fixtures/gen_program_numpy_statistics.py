# Generated: numpy statistics.
import numpy as np
np.random.seed(11)
data = np.random.randn(5, 4) * 10 + 50
print(np.round(data, 2))
print(data.mean(), data.std(), data.var(ddof=1), np.median(data) if hasattr(np, "median") else 0)
print(data.mean(axis=0), data.max(axis=1), data.min(), data.argmin(axis=0), np.cumsum(data[0]))
norm = (data - data.mean(axis=0)) / data.std(axis=0)
print(np.round(norm, 3), np.allclose(norm.mean(axis=0), 0))
