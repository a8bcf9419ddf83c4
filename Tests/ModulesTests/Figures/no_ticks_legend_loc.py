import numpy as np
import matplotlib.pyplot as plt
x = np.arange(30)
plt.plot(x, np.sqrt(x), label="sqrt")
plt.plot(x, np.log1p(x), label="log1p")
plt.xticks([])
plt.yticks([])
plt.legend(loc="lower right", title="curves")
plt.xlabel("no ticks")
