import numpy as np


def numerical_derivative(f, x):
    delta_x = 1e-4
    grad = np.zeros_like(x)
    it = np.nditer(x, flags=['multi_index'], op_flags=['readwrite'])
    while not it.finished:
        idx = it.multi_index
        tmp_val = x[idx]
        x[idx] = float(tmp_val) + delta_x
        fx1 = f(x)
        x[idx] = tmp_val - delta_x
        fx2 = f(x)
        grad[idx] = (fx1 - fx2) / (2 * delta_x)
        x[idx] = tmp_val
        it.iternext()
    return grad


W = np.array([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
loss = lambda w: np.sum(w ** 2) + 3.0 * w[0, 1]
print(numerical_derivative(loss, W))
print(numerical_derivative(lambda v: v[0] ** 3 + 2 * v[1], np.array([2.0, 5.0])))
print(W)
a = np.arange(6).reshape(2, 3)
it = np.nditer(a.T, flags=['multi_index'])
out = []
while not it.finished:
    out.append((it.multi_index, int(it[0])))
    it.iternext()
print(out)
print([repr(v) for v in np.nditer(np.arange(3))])
it = np.nditer(a, op_flags=['readwrite'])
for v in it:
    pass
w = np.zeros(3)
it = np.nditer(w, op_flags=['readwrite'])
while not it.finished:
    it[0] = 7
    it.iternext()
print(w, it.finished, it.iternext())
np.nditer(a).multi_index
