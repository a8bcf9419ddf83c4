import numpy as np
import matplotlib.pyplot as plt

fig, ax = plt.subplots(figsize=(6, 4))
x = np.linspace(0, 1, 20)
ax.plot(x, 2 * x + 0.1)
ax.text(0.05, 0.9, 'R² = 0.98\nn = 20', transform=ax.transAxes, va='top',
        bbox=dict(boxstyle='round', facecolor='wheat', alpha=0.5))
ax.text(0.6, 0.4, 'plain box', bbox=dict(facecolor='red', alpha=0.3))
ax.text(0.3, 1.5, 'defaults', bbox={})
ax.text(0.75, 1.0, 'turned', rotation=30, bbox=dict(boxstyle='round,pad=0.5', fc='w', ec='C2', lw=2))
ax.text(0.5, 0.2, r'$\sigma = 0.1$', ha='center', bbox=dict(boxstyle='square', facecolor='none'))
ax.annotate('peak', xy=(0.9, 1.9), xytext=(0.55, 1.75),
            arrowprops=dict(arrowstyle='->'), bbox=dict(boxstyle='round', fc='0.9'))
