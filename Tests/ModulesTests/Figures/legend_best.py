import numpy as np
import matplotlib.pyplot as plt
x = np.linspace(0, 1, 40)
plt.plot(x, 1 - x ** 2, label="falling")
plt.plot(x, 0.9 - x, label="line")
plt.scatter([0.1, 0.2, 0.3], [0.1, 0.15, 0.12], label="points")
plt.legend()
