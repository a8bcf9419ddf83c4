# Generated: numpy derivative.
import numpy as np
def numerical_derivative(f, x):
    h = 1e-4
    grad = np.zeros_like(x)
    it = np.nditer(x, flags=["multi_index"], op_flags=["readwrite"])
    while not it.finished:
        i = it.multi_index
        keep = x[i]
        x[i] = keep + h
        fx1 = f(x)
        x[i] = keep - h
        fx2 = f(x)
        grad[i] = (fx1 - fx2) / (2 * h)
        x[i] = keep
        it.iternext()
    return grad
f = lambda x: np.sum(x ** 2) + 3 * x[0, 0]
x = np.array([[1.0, 2.0], [3.0, -4.0]])
g = numerical_derivative(f, x)
print(np.round(g, 6), np.allclose(g, 2 * x + np.array([[3, 0], [0, 0]])), x)
