import numpy as np
import matplotlib.pyplot as plt
np.random.seed(5)
fig, axes = plt.subplots(2, 3)
for i, ax in enumerate(axes.flat):
    ax.imshow(np.random.rand(8, 8), cmap="gray")
    ax.set_title(f"digit {i}")
    ax.axis("off")
