# stackplot on a zero and a symmetric baseline (line-cycle colors, labels, given colors), and
# broken_barh rows; fill_between with a color leaves the patch cycle where it was.
import numpy as np
import matplotlib.pyplot as plt
x = np.arange(10)
fig, (ax1, ax2, ax3) = plt.subplots(1, 3, figsize=(11, 3.5))
y = np.vstack([np.sin(x / 3) + 1.5, np.cos(x / 4) + 1.2, x * 0.2])
ax1.stackplot(x, y, labels=['a', 'b', 'c'])
ax1.legend(loc='upper left')
ax2.stackplot(x, y[0], y[1], colors=['tab:red', 'tab:gray'], baseline='sym', alpha=0.7)
ax2.plot(x, x * 0.1)
ax3.broken_barh([(1, 2), (5, 1.5)], (10, 4), facecolors='tab:orange')
ax3.broken_barh([(0, 3), (4, 4)], (16, 4), color='tab:green', label='b')
ax3.fill_between([0, 1], [0, 1], color='r')
ax3.fill_between([0, 1], [5, 6])
