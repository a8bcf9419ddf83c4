# A colormap called as matplotlib's Colormap.__call__ (floats by position, ints by index,
# out-of-range and NaN values, arrays, alpha=, bytes=True, colors of lines), and plt.rc.
import matplotlib
matplotlib.use('svg')
import matplotlib.pyplot as plt
import numpy as np
c = plt.get_cmap('viridis')
print(c(0.5), c(0), c(255), c(300), c(-1), c(1.0), c(1.5), c(-0.5), c(np.nan))
print(repr(c(np.array([0.0, 0.5]))), c([0.2]), repr(c(0.5, alpha=0.3)))
print(repr(c(np.array([[0.1, 0.9]]))))
print(c(0.5, bytes=True), plt.cm.jet(0.3), c.N, c.name, callable(c))
print(repr(c(np.float64(0.5))), repr(c(np.int64(2))), c(True), plt.cm.gray(0.25, alpha=2))
colors = [plt.cm.tab10(i) for i in range(3)]
print(colors[1])
for i, col in enumerate(plt.cm.viridis(np.linspace(0, 1, 3))):
    plt.plot([0, 1], [i, i], color=col)
print(repr(c(np.array([0.5, np.nan]), bytes=True)))
plt.rc('lines', linewidth=3, ls='--')
print(plt.rcParams['lines.linewidth'], plt.rcParams['lines.linestyle'])
plt.rc('font', size=14)
print(plt.rcParams['font.size'])
plt.rcdefaults()
print(plt.rcParams['lines.linewidth'])
