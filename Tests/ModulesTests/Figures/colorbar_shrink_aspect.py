import numpy as np
import matplotlib.pyplot as plt
z = np.add.outer(np.arange(12.0), np.arange(16.0))
fig, axes = plt.subplots(1, 2, figsize=(9, 4))
im = axes[0].imshow(z, cmap="viridis")
fig.colorbar(im, ax=axes[0], shrink=0.6, label="shrunk")
cs = axes[1].contourf(z, levels=6, cmap="plasma")
fig.colorbar(cs, ax=axes[1], aspect=10, fraction=0.1, pad=0.08)
