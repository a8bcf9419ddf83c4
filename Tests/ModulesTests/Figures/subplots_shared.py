import numpy as np
import matplotlib.pyplot as plt
x = np.linspace(0, 4, 40)
fig, axes = plt.subplots(2, 2, sharex=True, sharey=True, figsize=(7, 5))
axes[0, 0].plot(x, x)
axes[0, 1].plot(x, x ** 1.5, "g")
axes[1, 0].plot(x * 2, np.sqrt(x))
axes[1, 1].scatter(x, x * 0.5)
axes[1, 0].set_xlabel("x")
axes[1, 1].set_xlabel("x")
axes[0, 0].set_ylabel("y")
fig.suptitle("Shared axes")
