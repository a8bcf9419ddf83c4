import numpy as np
import matplotlib.pyplot as plt
x = np.linspace(0, 2 * np.pi, 50)
fig, axes = plt.subplots(1, 2, figsize=(9, 4))
for k in range(5):
    axes[0].plot(x, np.sin(x + k / 2), label=f"phase {k}")
axes[0].legend(ncol=2, loc="lower left")
axes[1].plot(x, np.cos(x), label="cos")
axes[1].plot(x, np.sin(x), "--", label="sin")
axes[1].bar([1, 2], [0.5, 0.7], width=0.3, label="bars")
axes[1].legend(bbox_to_anchor=(0.5, 1.02), loc="lower center", ncols=3)
