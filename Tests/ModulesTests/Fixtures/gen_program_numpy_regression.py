# Generated: numpy regression.
import numpy as np
np.random.seed(0)
x = np.random.rand(50, 1)
t = 3 * x + 2 + 0.01 * np.random.randn(50, 1)
W, b = np.random.rand(1, 1), np.random.rand(1)
for step in range(2001):
    y = x @ W + b
    err = y - t
    W -= 0.5 * (x.T @ err) / len(x)
    b -= 0.5 * err.mean(axis=0)
    if step % 500 == 0:
        print(step, np.round(W.ravel(), 4), np.round(b, 4), round(float((err ** 2).mean()), 6))
print(np.round(np.array([[0.5], [1.0]]) @ W + b, 3))
