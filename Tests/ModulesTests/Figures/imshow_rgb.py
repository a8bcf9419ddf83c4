import numpy as np
import matplotlib.pyplot as plt
r = np.linspace(0, 1, 20)
img = np.zeros((20, 30, 3))
img[:, :20, 0] = r[:, None]
img[:, 10:, 1] = 0.6
img[5:15, :, 2] = 1.0
plt.imshow(img)
plt.title("RGB")
