# Axes, colorbars and artists stay usable after their figure is closed and dropped, and a
# generator's method after the generator is dropped (both once read freed objects).
import matplotlib

matplotlib.use("svg")
import matplotlib.pyplot as plt
import numpy as np

fig, ax = plt.subplots()
plt.close(fig)
del fig
lines = ax.plot([1, 2])
print(type(ax.figure).__name__, type(lines[0]).__name__, ax.get_xlim())
fig2, axes = plt.subplots(2)
image = axes[0].imshow(np.eye(2))
bar = fig2.colorbar(image)
plt.close("all")
del fig2
print(axes[0].get_ylim(), len(axes[1].figure.axes), type(bar).__name__)
line, = plt.plot([1, 2, 3])
line.set_visible(False)
print(line.get_visible())
draw = np.random.default_rng(0).random
print(draw())
