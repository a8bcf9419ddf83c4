import numpy as np
import matplotlib.pyplot as plt

x = np.linspace(0, 2 * np.pi, 40)
fig, axes = plt.subplots(1, 2, figsize=(9, 3.5))
for k in range(3):
    axes[0].plot(x, np.sin(x + k), 'o-', ms=3, label=f'phase {k}')
    axes[1].plot(x, np.cos(x + k), label=f'wave {k}')
axes[0].legend(framealpha=1, fancybox=False, borderpad=1, labelspacing=1.2, markerscale=2,
               handlelength=3, labelcolor='0.3')
axes[1].legend(ncols=2, columnspacing=0.8, handletextpad=0.3, loc='lower left', title='waves',
               labelcolor='linecolor',
               shadow=True)
