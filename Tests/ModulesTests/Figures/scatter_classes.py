import numpy as np
import matplotlib.pyplot as plt
np.random.seed(0)
a = np.random.randn(50, 2) * 0.6 - 1
b = np.random.randn(50, 2) * 0.6 + 1
plt.figure()
plt.scatter(a[:, 0], a[:, 1], c="tab:blue", marker="o", label="class 0")
plt.scatter(b[:, 0], b[:, 1], c="tab:orange", marker="x", label="class 1")
plt.legend()
plt.title("Two classes")
