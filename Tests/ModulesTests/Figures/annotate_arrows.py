import numpy as np
import matplotlib.pyplot as plt
x = np.linspace(0, 10, 100)
plt.plot(x, np.sin(x))
plt.annotate("maximum", xy=(np.pi / 2, 1), xytext=(3, 1.5), arrowprops=dict(arrowstyle="->"))
plt.annotate("minimum", xy=(3 * np.pi / 2, -1), xytext=(6, -1.6),
             arrowprops=dict(facecolor="black", shrink=0.05))
plt.ylim(-2, 2)
plt.title("Annotations")
