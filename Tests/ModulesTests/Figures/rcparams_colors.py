import numpy as np
import matplotlib.pyplot as plt

plt.rcParams.update({'figure.facecolor': '#f4f4f4', 'axes.facecolor': '#eaeaf2',
                     'axes.edgecolor': 'gray', 'axes.linewidth': 1.4, 'axes.grid': True})
fig, axes = plt.subplots(1, 2, figsize=(8, 3))
x = np.linspace(0, 6, 60)
axes[0].plot(x, np.sin(x))
axes[0].set_title('styled by rcParams')
axes[1].bar(['a', 'b', 'c'], [3, 1, 2])
axes[1].cla()
axes[1].scatter(x, np.cos(x), s=8)
plt.tight_layout()
