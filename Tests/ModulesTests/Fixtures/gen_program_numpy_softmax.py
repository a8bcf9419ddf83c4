# Generated: numpy softmax.
import numpy as np
def softmax(a):
    a = a - a.max(axis=-1, keepdims=True)
    e = np.exp(a)
    return e / e.sum(axis=-1, keepdims=True)
def cross_entropy(y, t):
    return -np.sum(t * np.log(y + 1e-7)) / y.shape[0]
scores = np.array([[0.3, 2.9, 4.0], [1010, 1000, 990], [-1.0, 0.0, 1.0]])
p = softmax(scores)
print(p, p.sum(axis=1), p.argmax(axis=1))
t = np.eye(3)[[2, 0, 2]]
print(t, round(float(cross_entropy(p, t)), 6))
