import numpy as np
import matplotlib.pyplot as plt
x = np.linspace(0, 10, 100)
plt.plot(x, np.sin(x))
plt.xlim(0, 8)
plt.ylim(-2, 2)
plt.xticks([0, 2, 4, 6, 8], ["zero", "two", "four", "six", "eight"])
plt.yticks([-1, 0, 1])
plt.grid(True, linestyle=":")
