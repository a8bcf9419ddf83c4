# Generated: numpy network.
import numpy as np
np.random.seed(5)
X = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], dtype=float)
T = np.array([[0], [1], [1], [0]], dtype=float)
W1, b1 = np.random.randn(2, 4), np.zeros(4)
W2, b2 = np.random.randn(4, 1), np.zeros(1)
sig = lambda z: 1 / (1 + np.exp(-z))
for epoch in range(4001):
    h = sig(X @ W1 + b1)
    y = sig(h @ W2 + b2)
    dy = (y - T) * y * (1 - y)
    dh = dy @ W2.T * h * (1 - h)
    W2 -= 0.5 * h.T @ dy
    b2 -= 0.5 * dy.sum(axis=0)
    W1 -= 0.5 * X.T @ dh
    b1 -= 0.5 * dh.sum(axis=0)
    if epoch % 1000 == 0:
        print(epoch, round(float(((y - T) ** 2).mean()), 5))
print(np.round(y, 3).ravel(), (y > 0.5).astype(int).ravel())
