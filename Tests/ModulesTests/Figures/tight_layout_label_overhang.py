import numpy as np
import matplotlib.pyplot as plt
fig, axes = plt.subplots(1, 2)
axes[1].bar([0, 1, 2, 3], [3, 5, 2, 4])
plt.tight_layout()
