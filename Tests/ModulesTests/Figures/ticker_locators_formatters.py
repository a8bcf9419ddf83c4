# matplotlib.ticker on four axes laid out by tight_layout: scientific y labels with
# scilimits (the offset text above the axes) and MultipleLocator/AutoMinorLocator on x;
# PercentFormatter with the grid under the bars (set_axisbelow); FuncFormatter and a pruned
# MaxNLocator with locator_params; a str.format template, no offset, and minor multiples.
import numpy as np
import matplotlib.pyplot as plt
from matplotlib.ticker import AutoMinorLocator, FuncFormatter, MaxNLocator, MultipleLocator
from matplotlib.ticker import PercentFormatter

x = np.linspace(0, 10, 200)
fig, axes = plt.subplots(2, 2, figsize=(8, 6))
ax = axes[0, 0]
ax.plot(x, np.sin(x) * 3e5 + 2e6)
ax.ticklabel_format(style='sci', axis='y', scilimits=(0, 0))
ax.xaxis.set_major_locator(MultipleLocator(2.5))
ax.xaxis.set_minor_locator(AutoMinorLocator(5))
ax = axes[0, 1]
ax.bar(['a', 'b', 'c', 'd'], [0.25, 0.4, 0.15, 0.2], color='tab:orange')
ax.yaxis.set_major_formatter(PercentFormatter(1.0))
ax.grid(axis='y')
ax.set_axisbelow(True)
ax = axes[1, 0]
ax.plot(x, np.cos(x), label='cos')
ax.xaxis.set_major_formatter(FuncFormatter(lambda v, pos: f'{v:.0f} s'))
ax.yaxis.set_major_locator(MaxNLocator(4, prune='both'))
ax.locator_params(axis='x', nbins=4)
ax = axes[1, 1]
ax.plot(x, x ** 2 + 1e4)
ax.ticklabel_format(useOffset=False)
ax.yaxis.set_major_formatter('{x:,.0f}')
ax.yaxis.set_minor_locator(MultipleLocator(5))
fig.tight_layout()
