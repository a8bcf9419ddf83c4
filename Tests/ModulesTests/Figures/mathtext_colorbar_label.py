import numpy as np
import matplotlib.pyplot as plt
Z = np.outer(np.linspace(0, 1, 20), np.linspace(0, 1, 30))
fig, ax = plt.subplots(figsize=(5, 3.5))
im = ax.imshow(Z, cmap='viridis')
fig.colorbar(im, ax=ax, label=r'$\|\nabla L\|_2$ (a.u.)')
ax.set_title(r'$\alpha_t = \alpha_0 e^{-kt}$', fontsize=14)
plt.tight_layout()
