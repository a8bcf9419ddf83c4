import matplotlib.pyplot as plt
import numpy as np
fig, axes = plt.subplots(2, 2, figsize=(8, 6))
axes[0, 0].plot(np.arange(5) * 2e6, np.arange(5) * 7.0)
axes[0, 1].plot(np.arange(5) + 1e5, np.arange(5) * 1e-7)
axes[1, 0].plot(np.arange(5) * 3e-6, np.arange(5) + 5e4)
axes[1, 0].set_xlabel('time')
axes[1, 1].plot(np.arange(5) * 1e7, np.arange(5))
axes[1, 1].set_xlabel(r'$x$ (m)')
plt.tight_layout()
