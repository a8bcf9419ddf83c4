import numpy as np
import matplotlib.pyplot as plt
x = np.linspace(-1, 1, 50)
plt.plot(x, x ** 3)
plt.axhline(0, color="gray", linestyle="--")
plt.axvline(0.5, color="red", lw=1)
plt.text(-0.9, 0.6, "cubic", fontsize=14)
plt.text(0.5, -0.8, "x = 0.5", color="red", ha="center")
plt.title("Reference lines")
