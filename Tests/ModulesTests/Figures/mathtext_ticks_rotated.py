import numpy as np
import matplotlib.pyplot as plt

x = np.linspace(-np.pi, np.pi, 200)
fig, ax = plt.subplots(figsize=(7, 4))
ax.plot(x, np.sin(x), label=r'$\sin\theta$')
ax.plot(x, np.cos(x), '--', label=r'$\cos\theta$')
ax.set_xticks([-np.pi, -np.pi / 2, 0, np.pi / 2, np.pi])
ax.set_xticklabels([r'$-\pi$', r'$-\frac{\pi}{2}$', r'$0$', r'$\frac{\pi}{2}$', r'$\pi$'])
ax.set_yticks([-1, 0, 1])
ax.set_yticklabels([r'$-1$', r'$0$', r'$+1$'])
ax.set_xlabel(r'angle $\theta$ (rad)')
ax.set_ylabel(r'$f(\theta)$', rotation=0, labelpad=15)
ax.text(0.5, 0.5, r'$e^{i\theta} = \cos\theta + i\,\sin\theta$', color='C2', fontsize=13,
        ha='center', va='center', transform=ax.transAxes)
ax.text(-2.5, -0.5, r'$\Delta = b^2 - 4ac$', rotation=30)
ax.legend(loc='lower right')
fig.suptitle(r'Unit circle: $x^2 + y^2 = 1$')
