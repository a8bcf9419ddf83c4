import numpy as np
import matplotlib.pyplot as plt
np.random.seed(2)
a = np.random.rand(12, 16)
plt.imshow(a, vmin=0.2, vmax=0.8, interpolation="nearest")
plt.colorbar(label="value")
plt.xlabel("column")
plt.ylabel("row")
