import numpy as np
import matplotlib.pyplot as plt
x = np.linspace(-2, 2, 80)
y = np.linspace(-1.5, 1.5, 60)
X, Y = np.meshgrid(x, y)
Z = np.sin(2 * X) * np.cos(2 * Y) * 10
cs = plt.contourf(X, Y, Z, levels=10, cmap="coolwarm")
plt.colorbar(cs)
plt.title("levels=10")
