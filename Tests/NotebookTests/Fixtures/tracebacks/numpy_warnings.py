# numpy's RuntimeWarnings on stderr, each once per line, before the final traceback.
import numpy as np


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


print(sigmoid(np.array([-1000.0, 0.0, 1000.0])))
for i in range(3):
    print(np.log(np.array([0.0, 1.0])), np.sqrt(np.array([-1.0, 4.0])))
a = np.array([1.0, 0.0, -1.0])
print(a / 0, np.arcsin(np.array([2.0])), np.array([np.inf]) - np.inf)
print(np.float64(1.0) / 0, np.float64(1e308) * 10, np.float32(3e38) * np.float32(10))
b = np.array([1e308])
b *= 10
print(b, np.array([1e308]) + 1e308, np.power(np.array([10.0]), 400), np.divide(a, 0))
print(np.exp(np.array([1.0, 2.0])), np.log(np.array([1.0])), 1.0 / np.float64(4))
x = np.array([1.0, 2.0]) / np.array([0.0, 0.0])
print(x)
k = np.array([5, -7, 3])
print(k // np.array([0, 2, 0]), k % 0, np.int64(3) // 0, k // 2)
raise ValueError("done")
