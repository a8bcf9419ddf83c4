import numpy as np
import matplotlib.pyplot as plt
fig, axes = plt.subplots(1, 2, figsize=(9, 4))
x = np.linspace(0, 7.3, 60)
axes[0].plot(x, np.sin(x) * 2.5)
axes[0].minorticks_on()
axes[1].plot(x * 40, x ** 2)
plt.sca(axes[1])
plt.minorticks_on()
plt.grid()
