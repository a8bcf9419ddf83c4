# The book's gradient field: arrows of -grad f for f(x0, x1) = x0^2 + x1^2 (angles='xy').
import numpy as np
import matplotlib.pyplot as plt
x0 = np.arange(-2, 2.5, 0.25)
x1 = np.arange(-2, 2.5, 0.25)
X, Y = np.meshgrid(x0, x1)
X = X.flatten()
Y = Y.flatten()
plt.quiver(X, Y, -2 * X, -2 * Y, angles="xy", color="#666666")
plt.xlim([-2, 2])
plt.ylim([-2, 2])
plt.xlabel("x0")
plt.ylabel("x1")
plt.grid()
