import numpy as np
import matplotlib.pyplot as plt
yy, xx = np.meshgrid(np.arange(28), np.arange(28), indexing="ij")
img = np.exp(-((xx - 14) ** 2 + (yy - 14) ** 2) / 40.0)
img[10:18, 5:8] = 1.0
plt.figure()
plt.imshow(img, cmap="gray")
plt.colorbar()
plt.title("28x28 image")
