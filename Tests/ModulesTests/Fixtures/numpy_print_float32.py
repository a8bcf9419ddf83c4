# float32 arrays in scientific notation: numpy pads each value with its own further digits
# (dragon4's min_digits), not zeros: float32 1e-8 beside 954.09546 prints 9.9999999e-09.
import numpy as np
for vals in [[1e-8, 954.09546, 1000.0], [0.1, 1e10], [0.3, 1.23456789e10], [1e-5, 0.1, 3.3], [-2.5e-7, 4.0, 100.0]]:
    for dt in [np.float32, np.float64]:
        print(repr(np.array(vals, dtype=dt)))
print(np.logspace(np.array([1.0, -8.0]), 2.0, 3, dtype=np.float32))
np.random.seed(0)
print(np.random.randn(3, 3).astype(np.float32) * 1e-4)
print(np.array([1e-10, 1.0], dtype=np.float32), np.array([np.float32(0.1)*1e-5, 1]))
