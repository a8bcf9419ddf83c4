import numpy as np
import matplotlib.pyplot as plt
np.random.seed(1)
Z = np.random.rand(6, 8)
fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(8, 3))
m = ax1.pcolor(Z, cmap='Blues')
fig.colorbar(m, ax=ax1)
x = np.linspace(0, 1, 9)
y = np.linspace(0, 2, 7)
ax2.pcolor(x, y, Z, edgecolors='k', linewidths=0.5)
plt.pcolor(x, y, Z, cmap='magma', alpha=0.3)
