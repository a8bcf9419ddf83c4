import numpy as np
import matplotlib.pyplot as plt

x = np.linspace(0, 3, 50)
fig, axes = plt.subplots(2, 2, figsize=(6, 4), layout='constrained')
for k, ax in enumerate(axes.flat):
    ax.plot(x, x ** (k + 1))
    ax.set_title(f'power {k + 1}')
    ax.set_xlabel('x')
    ax.set_ylabel('y')
