import numpy as np
import matplotlib.pyplot as plt
x = np.linspace(0, 5, 30)
y = np.exp(-x)
plt.plot(x, y, label="mean")
plt.fill_between(x, y - 0.1, y + 0.1, alpha=0.3, label="band")
plt.errorbar(x[::5], y[::5], yerr=0.1, fmt="o", color="k")
plt.legend()
