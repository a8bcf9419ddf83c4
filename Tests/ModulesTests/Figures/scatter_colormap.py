import numpy as np
import matplotlib.pyplot as plt
np.random.seed(1)
x = np.random.rand(80)
y = np.random.rand(80)
v = x + y
plt.scatter(x, y, c=v, s=20 + 80 * x, cmap="plasma", alpha=0.7)
plt.colorbar()
plt.xlabel("x")
plt.ylabel("y")
