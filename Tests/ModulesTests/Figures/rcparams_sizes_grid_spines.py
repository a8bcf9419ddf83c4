import numpy as np
import matplotlib.pyplot as plt

plt.rcParams['font.size'] = 13
plt.rcParams.update({'lines.linewidth': 2.5, 'axes.grid': True, 'axes.spines.top': False,
                     'axes.spines.right': False, 'legend.fontsize': 'small'})
plt.rc('xtick', labelsize=9)
x = np.linspace(0, 10, 50)
fig, axes = plt.subplots(1, 2, figsize=(9, 3.5))
axes[0].plot(x, np.sin(x), label='sin')
axes[0].plot(x, np.cos(x), 'o', label='cos', markevery=5)
axes[0].set_title('Waves')
axes[0].set_xlabel('time')
axes[0].legend()
axes[1].text(1, 0.5, 'note')
axes[1].set_ylabel('value')
fig.suptitle('rcParams')
plt.tight_layout()
