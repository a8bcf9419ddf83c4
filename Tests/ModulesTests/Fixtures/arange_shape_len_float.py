# The small operations read without a call: np.arange of ints (and a bool bound, int64 as in
# numpy), a.shape (kept by the array), len() of arrays and scalars, float() of numpy scalars;
# as numpy gives them.
import numpy as np
print(np.arange(5), np.arange(2, 7), np.arange(-3), np.arange(5, 2), np.arange(0, 10, 3), np.arange(2.5), np.arange(1, 4, dtype=np.float32))
print(np.arange(stop=4), np.arange(3, dtype=float), np.arange(np.int64(4)), np.arange(True, 3))
x = np.ones((2, 3))
s = x.shape
print(s, s[0], type(s), x.shape == (2, 3), x.T.shape, x[0].shape, np.float64(2).shape, len(x), len(x[0]))
try:
    len(np.float64(1.0))
except TypeError as e:
    print("TypeError", e)
try:
    len(np.array(3.0))
except TypeError as e:
    print("TypeError", e)
w = np.array([1.5, 2, 3], dtype=np.float32)
print(float(w[0]), float(np.int64(7)), float(np.bool_(True)), float(np.float64(-0.0)), float(np.uint8(250)), float(np.array(2.5)))
print([float(v) for v in np.arange(3)], float(np.float32(0.1)))
