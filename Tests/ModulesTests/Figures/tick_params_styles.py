import numpy as np
import matplotlib.pyplot as plt

x = np.linspace(0, 10, 100)
fig, axes = plt.subplots(1, 3, figsize=(10, 3))
axes[0].plot(x, np.sin(x))
axes[0].tick_params(direction='in', length=6, width=1.5, colors='C3')
axes[1].plot(x, np.cos(x))
axes[1].minorticks_on()
axes[1].tick_params(which='both', direction='inout', labelcolor='tab:green', pad=8)
axes[1].tick_params(which='minor', length=4, color='0.5')
axes[2].plot(x, x ** 2)
axes[2].tick_params(axis='x', labelsize=8, length=0, labelbottom=True)
axes[2].tick_params(axis='y', direction='in', pad=-25)
plt.tight_layout()
