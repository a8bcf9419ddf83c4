import numpy as np
import matplotlib.pyplot as plt
x = np.arange(10)
plt.plot(x, x, "ro-", label="ro-")
plt.plot(x, x * 1.5, "b--", label="b--")
plt.plot(x, x * 2, "g^:", markersize=8, label="g^:")
plt.plot(x, x * 2.5, "k-.", linewidth=2.5, label="k-.")
plt.plot(x, x * 3, color="orange", linestyle="dashed", marker="s", alpha=0.5, label="orange")
plt.plot(x, x * 3.5, "C4D", label="C4D")
plt.legend(loc="upper left")
plt.title("Format strings")
