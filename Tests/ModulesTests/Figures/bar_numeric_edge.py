import numpy as np
import matplotlib.pyplot as plt
x = np.arange(5)
plt.bar(x - 0.2, [1, 3, 2, 5, 4], width=0.4, label="train", edgecolor="k")
plt.bar(x + 0.2, [2, 2, 3, 4, 3], width=0.4, label="test", edgecolor="k")
plt.xticks(x, ["a", "b", "c", "d", "e"])
plt.legend()
