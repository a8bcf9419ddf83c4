# A 2-D histogram of correlated normal samples (hist2d: numpy's histogram2d drawn with
# pcolormesh, the view fitted to the edges), empty cells below cmin, and a colorbar.
import numpy as np
import matplotlib.pyplot as plt

np.random.seed(1)
x = np.random.randn(2000)
y = 0.6 * x + 0.8 * np.random.randn(2000)
plt.figure()
counts, xedges, yedges, mesh = plt.hist2d(x, y, bins=20, cmap="viridis", cmin=1)
plt.colorbar(mesh)
plt.xlabel("x")
plt.ylabel("y")
plt.title(f"{int(np.nansum(counts))} points")
