import numpy as np
import matplotlib.pyplot as plt
x = np.linspace(0, 1, 20)
fig, axes = plt.subplots(1, 2, figsize=(9, 4))
axes[0].plot(x, x * 2e6)
axes[0].set_title("large")
axes[1].plot(100000 + x * 10, x * 1e-5)
axes[1].set_title("offset and small")
