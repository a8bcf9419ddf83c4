# Generated: numpy logistic.
import numpy as np
def sigmoid(z):
    return 1 / (1 + np.exp(-z))
x = np.array([[2.0], [4.0], [6.0], [8.0], [10.0], [12.0], [14.0], [16.0], [18.0], [20.0]])
t = np.array([[0], [0], [0], [0], [0], [0], [1], [1], [1], [1]])
W, b = np.zeros((1, 1)), np.zeros(1)
for step in range(3000):
    y = sigmoid(x @ W + b)
    W -= 0.01 * x.T @ (y - t)
    b -= 0.01 * (y - t).sum(axis=0)
loss = -np.sum(t * np.log(y + 1e-7) + (1 - t) * np.log(1 - y + 1e-7))
print(np.round(W, 4), np.round(b, 4), round(float(loss), 4))
print((sigmoid(np.array([[3.0], [13.0], [17.0]]) @ W + b) > 0.5).astype(int).ravel())
