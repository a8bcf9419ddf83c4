# plt.fill polygons (the patch color cycle, a format color), fill_betweenx, a FancyArrow
# (matplotlib's head geometry and black edge) and a stem plot, on two axes.
import numpy as np
import matplotlib.pyplot as plt

fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(9, 4))
ax1.fill([0, 2, 1], [0, 0, 1.5], alpha=0.6)
ax1.fill([2.5, 4, 4, 2.5], [0, 0, 1, 1], 'g', [0.5, 1.5, 1], [2, 2, 3])
y = np.linspace(0, 3, 30)
ax1.fill_betweenx(y, 4.5 + 0.3 * np.sin(3 * y), 5.5, color='orange', alpha=0.5)
ax1.arrow(0.2, 2.5, 1.5, -0.6, width=0.05, head_width=0.2)
ax1.arrow(3, 2.8, 1, 0, width=0.02, color='purple', length_includes_head=True)
x = np.arange(8)
markerline, stemlines, baseline = ax2.stem(x, np.cos(x), label='cos')
ax2.stem(x + 0.4, 0.5 * np.sin(x), linefmt='r--', markerfmt='s', basefmt='k-', bottom=-0.2)
ax2.legend()
