# numpy computes a float array's power to one exponent of -1, 0, 0.5, 1 or 2 by that
# exponent's own operation (sqrt keeps -0.0 and gives nan for -inf, where pow gives 0.0 and
# inf); Python's `** 2`, `** -1` and `** 0.5` run np.square, np.reciprocal and np.sqrt, whose
# names the warnings carry. numpy's scalar math calls pow.
import numpy as np

x = np.array([-0.0, 0.0, -1.0, 4.0, np.inf, -np.inf, np.nan])
f = x.astype(np.float32)
print(x ** 0.5, x ** -1, x ** 2, x ** 2.0, x ** 1, x ** 0, x ** 1.0, x ** 0.0)
print(np.power(x, 0.5), np.power(x, -1.0), np.power(f, np.float32(0.5)), f ** 0.5)
print(x ** np.float64(0.5), x ** np.array(0.5), x ** np.int64(-1), x.reshape(7, 1)[::2] ** 0.5)
print(np.power(x, np.full(7, 0.5)), x[1:] ** 3, x ** 3.0, x ** -2, 2.0 ** x, x ** x)
y = x.copy()
y **= 0.5
print(y, (np.array([1, 2, 3]) ** 2), np.array([1, 2, 3]) ** 0.5, np.array([[1.5, 2.5]]).T ** 2)
print(np.float64(-np.inf) ** 0.5, np.float64(2.0) ** 0.5, np.float32(-np.inf) ** 0.5)
def raised_in_place():
    z = x.copy()
    z **= 0.5


for name, op in [("** 0.5", lambda: x ** 0.5), ("** -1", lambda: x ** -1),
                 ("** 2", lambda: np.array([1e200]) ** 2), ("power 0.5", lambda: np.power(x, 0.5)),
                 ("**= 0.5", raised_in_place), ("** 0.5 f32", lambda: f ** 0.5),
                 ("scalar", lambda: np.float64(-1.0) ** 0.5)]:
    with np.errstate(all="raise"):
        try:
            op()
            print(name, "no error")
        except FloatingPointError as e:
            print(name, e)
