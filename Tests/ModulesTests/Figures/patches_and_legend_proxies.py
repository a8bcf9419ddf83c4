# matplotlib.patches added to axes (a rectangle outline, a filled circle, a rotated
# rectangle, an ellipse, a polygon, a rectangle in axes coordinates) and legend proxies made
# with Patch and Line2D.
import numpy as np
import matplotlib.pyplot as plt
import matplotlib.patches as mpatches
from matplotlib.lines import Line2D

fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(9, 4))
ax1.add_patch(mpatches.Rectangle((0.1, 0.1), 0.5, 0.3, fill=False, edgecolor='r', linewidth=2))
ax1.add_patch(plt.Circle((0.7, 0.7), 0.15, color='g', alpha=0.5))
ax1.add_patch(mpatches.Rectangle((0.2, 0.6), 0.2, 0.1, angle=30, facecolor='orange',
                                 edgecolor='k', linestyle='--'))
ax1.add_patch(mpatches.Ellipse((0.4, 0.3), 0.3, 0.1, angle=45, color='purple'))
ax1.add_patch(mpatches.Polygon([[0.8, 0.1], [0.95, 0.2], [0.85, 0.4]], closed=True))
ax1.add_patch(mpatches.Rectangle((0.02, 0.9), 0.1, 0.05, transform=ax1.transAxes, color='k'))
ax1.set_xlim(0, 1)
ax1.set_ylim(0, 1)
ax1.set_aspect('equal')
rng = np.random.RandomState(0)
pts = rng.randn(40, 2)
cls = (pts[:, 0] + pts[:, 1] > 0).astype(int)
ax2.scatter(pts[:, 0], pts[:, 1], c=['tab:red' if k else 'tab:blue' for k in cls])
handles = [mpatches.Patch(color='tab:blue', label='class 0'),
           mpatches.Patch(facecolor='tab:red', edgecolor='k', label='class 1'),
           Line2D([0], [0], color='k', lw=2, linestyle='--', label='boundary'),
           Line2D([0], [0], marker='o', color='w', markerfacecolor='g', markersize=8,
                  label='sample')]
ax2.plot([-2, 2], [2, -2], 'k--', lw=2)
ax2.legend(handles=handles, loc='upper right')
