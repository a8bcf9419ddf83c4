import numpy as np
import matplotlib.pyplot as plt
x = np.linspace(-3, 3, 60)
X, Y = np.meshgrid(x, x)
Z = X ** 2 + Y ** 2
plt.contour(X, Y, Z, levels=[1, 2, 4, 8])
plt.axis("equal")
plt.title("Circles")
