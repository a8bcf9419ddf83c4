# Figure-wide labels (supxlabel, supylabel) with a suptitle over a 2x2 grid, laid out by
# tight_layout (which makes room for them, as matplotlib's does).
import numpy as np
import matplotlib.pyplot as plt

x = np.linspace(0, 2, 50)
fig, axes = plt.subplots(2, 2, figsize=(7, 5), sharex=True)
for k, ax in enumerate(axes.flat):
    ax.plot(x, x ** (k + 1))
    ax.set_title(f'power {k + 1}')
fig.suptitle('Powers')
fig.supxlabel('x (s)')
fig.supylabel('value', fontsize=14)
fig.tight_layout()
