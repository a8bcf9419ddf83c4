# Log-axis major ticks by matplotlib 3.10's LogLocator (stride, offset, one tick beyond each
# end) over ranges from part of a decade to a hundred decades, on two figure sizes.
import numpy as np
import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
ranges = [(0.7, 1400), (1, 10), (2, 8), (1e-3, 1e3), (1e-10, 1e10), (1, 1e9), (1, 1e10), (1, 1e12), (0.5, 3e5), (1e-20, 1e20), (3, 300), (1e5, 1e6), (1e-5, 1e30), (0.01, 0.02), (1, 1e100)]
for size in [(6.4, 4.8), (3, 2)]:
    fig, ax = plt.subplots(figsize=size)
    ax.set_yscale('log')
    for lo, hi in ranges:
        ax.set_ylim(lo, hi)
        t = ax.get_yticks()
        print(size, (lo, hi), [f"{v:g}" for v in t])
