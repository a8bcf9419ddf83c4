import numpy as np
import matplotlib.pyplot as plt
np.random.seed(4)
a = np.random.randn(500)
b = np.random.randn(500) * 0.5 + 2
plt.hist(a, bins=20, density=True, alpha=0.5, label="a")
plt.hist(b, bins=20, range=(0, 4), density=True, alpha=0.5, color="red", edgecolor="black", label="b")
plt.legend()
plt.xlabel("value")
plt.ylabel("density")
