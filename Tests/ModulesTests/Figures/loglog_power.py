import numpy as np
import matplotlib.pyplot as plt
n = np.array([10, 30, 100, 300, 1000, 3000, 10000])
plt.loglog(n, n ** 2, "o-", label="n^2")
plt.loglog(n, n * 50, "s--", label="50 n")
plt.xlabel("n")
plt.legend()
