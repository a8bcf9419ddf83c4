# A 2x2 grid with label_outer (inner tick labels and axis labels removed) and axes
# backgrounds set with set_facecolor.
import numpy as np
import matplotlib.pyplot as plt

x = np.linspace(0, 2 * np.pi, 50)
fig, axes = plt.subplots(2, 2)
for i, ax in enumerate(axes.flat):
    ax.plot(x * (i + 1), np.sin(x + i))
    ax.set_xlabel("x")
    ax.set_ylabel("y")
    ax.label_outer()
axes[0, 0].set_facecolor("lightgray")
axes[1, 1].set_facecolor((0.9, 0.95, 1.0))
