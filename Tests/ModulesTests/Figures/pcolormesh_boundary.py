# A classifier's decision surface drawn with pcolormesh over a grid of cell centres
# (shading 'auto' becomes 'nearest'), the training points on top, and a colorbar; a second
# axes with explicit cell corners ('flat') and cell edges.
import numpy as np
import matplotlib.pyplot as plt

np.random.seed(0)
points = np.random.randn(40, 2)
labels = (points[:, 0] + points[:, 1] > 0).astype(int)
xx, yy = np.meshgrid(np.linspace(-3, 3, 30), np.linspace(-2.5, 2.5, 25))
z = 1 / (1 + np.exp(-2 * (xx + yy)))
fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(9, 4))
mesh = ax1.pcolormesh(xx, yy, z, cmap="RdBu", shading="auto")
ax1.scatter(points[:, 0], points[:, 1], c=labels, cmap="bwr", edgecolors="k")
fig.colorbar(mesh, ax=ax1)
corners_x = np.array([0, 1, 3, 4])
corners_y = np.array([0, 2, 3])
ax2.pcolormesh(corners_x, corners_y, np.array([[1.0, 2.0, 3.0], [4.0, np.nan, 6.0]]),
               edgecolors="white", linewidth=2, vmin=0, vmax=8)
ax2.set_title("flat")
