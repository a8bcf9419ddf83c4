# quiver's defaults: black arrows autoscaled in units of the axes width; short vectors become
# shaftless heads and tiny ones dots; pivot='mid'.
import numpy as np
import matplotlib.pyplot as plt
t = np.linspace(0, 6, 12)
u = np.cos(t) * np.linspace(0.05, 1, 12)
v = np.sin(t) * np.linspace(0.05, 1, 12)
plt.quiver(np.arange(12), np.arange(12) * 0.5, u, v)
plt.quiver(np.arange(12), np.arange(12) * 0.5 + 2, u, v, pivot="mid", color="r", width=0.004)
