# tolerance: rtol=4e-16 atol=0
# numpy's one-argument ufuncs of a Python float (a float64 0-d operand, a float64 scalar
# result), special values and warnings included. (Full-precision reprs: the last digit of a
# transcendental function may differ between processors, in numpy as here.)
import numpy as np

for f in [np.exp, np.log, np.sqrt, np.sin, np.abs, np.negative, np.square, np.floor, np.exp2,
          np.fabs, np.rint]:
    for x in [2.5, -0.0, 0.0, -1.5, 1e308, float("nan"), float("inf"), 710.0, 1e-310]:
        r = f(x)
        print(f.__name__, repr(r), type(r).__name__)
print(np.exp(2), np.abs(-3), np.exp([1.0]), 1 / (1 + np.exp(-0.5)))
