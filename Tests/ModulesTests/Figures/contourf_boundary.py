import numpy as np
import matplotlib.pyplot as plt
np.random.seed(6)
X = np.concatenate([np.random.randn(40, 2) * 0.7 - 1, np.random.randn(40, 2) * 0.7 + 1])
y = np.concatenate([np.zeros(40), np.ones(40)])
xx, yy = np.meshgrid(np.linspace(-3, 3, 100), np.linspace(-3, 3, 100))
zz = 1 / (1 + np.exp(-(xx + yy) * 2))
plt.figure()
plt.contourf(xx, yy, zz, alpha=0.8)
plt.scatter(X[:, 0], X[:, 1], c=y, edgecolors="k")
plt.title("Decision boundary")
