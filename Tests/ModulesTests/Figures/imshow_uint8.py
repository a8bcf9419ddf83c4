import numpy as np
import matplotlib.pyplot as plt
rgb = np.zeros((16, 16, 3), dtype=np.uint8)
rgb[:8, :, 0] = 255
rgb[:, 8:, 1] = 180
rgb[4:12, 4:12, 2] = 120
gray = (np.arange(64).reshape(8, 8) * 3 + 10).astype(np.uint8)
fig, axes = plt.subplots(1, 2, figsize=(8, 4))
axes[0].imshow(rgb)
axes[0].set_title("uint8 RGB")
axes[1].imshow(gray, cmap="gray")
axes[1].set_title("uint8, min/max scaled")
