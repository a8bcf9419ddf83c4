# np.clip with scalar bounds: NaN in the values or the bounds, signed zeros equal to a bound
# (kept as they are, as numpy's clip loop keeps them), bounds crossed, both float dtypes.
import numpy as np
a = np.array([-2.0, -0.0, 0.0, 0.5, np.nan, np.inf, -np.inf, 3.0, 1.0])
for lo, hi in [(0.0, 1.0), (-0.0, 0.5), (np.nan, 1.0), (0.0, np.nan), (1.0, 0.0), (-1, 2)]:
    r = np.clip(a, lo, hi); print(r, np.signbit(r).tolist())
    r = np.clip(a.astype(np.float32), lo, hi); print(r, r.dtype, np.signbit(r).tolist())
print(np.clip(np.arange(10.0), 2, 7), np.clip(np.arange(10), 2, 7))
