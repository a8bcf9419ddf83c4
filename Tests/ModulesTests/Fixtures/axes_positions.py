# ax.get_position(): matplotlib's Bbox in figure fractions for grid cells (the same arithmetic,
# so the numbers print alike) and for a position set with set_position.
import numpy as np
import matplotlib
matplotlib.use('Agg')
import matplotlib.pyplot as plt
fig, ax = plt.subplots()
pos = ax.get_position()
print(pos)
print(pos.x0, pos.y0, pos.width, pos.height, pos.bounds)
fig2, axes = plt.subplots(1, 2)
print(axes[1].get_position())
axes[0].set_position([0.1, 0.2, 0.3, 0.4])
print(axes[0].get_position())
print(repr(pos.x1), repr(axes[1].get_position().width))
