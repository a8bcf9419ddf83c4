import numpy as np
import matplotlib.pyplot as plt
fig, axes = plt.subplots(1, 2, figsize=(8, 3.5), facecolor="lightyellow")
axes[0].plot(np.arange(5) ** 2)
axes[1].imshow(np.eye(4), cmap="gray")
plt.suptitle("Training summary", y=0.9, fontweight="bold", fontsize=14)
