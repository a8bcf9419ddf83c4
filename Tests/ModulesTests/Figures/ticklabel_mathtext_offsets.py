import matplotlib.pyplot as plt
import numpy as np
fig, axes = plt.subplots(1, 3, figsize=(10, 3))
ax = axes[0]
ax.plot(np.arange(5) * 1e5, np.arange(5) * 1e-4 + 1)
ax.ticklabel_format(useMathText=True)
ax = axes[1]
ax.plot(np.arange(5), np.arange(5) * 3e-6)
ax.ticklabel_format(style='sci', scilimits=(0, 0), axis='y', useMathText=True)
ax = axes[2]
ax.plot(np.arange(5) * 2e6, np.arange(5) * 7.0)
ax.ticklabel_format(style='sci', scilimits=(0, 0), useMathText=True)
plt.tight_layout()
