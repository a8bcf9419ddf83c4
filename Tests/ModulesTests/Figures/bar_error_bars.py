import numpy as np
import matplotlib.pyplot as plt
fig, axes = plt.subplots(1, 2, figsize=(9, 4))
means = [20, 35, 30, 35, 27]
std = [2, 3, 4, 1, 2]
axes[0].bar(np.arange(5), means, yerr=std, capsize=5, label="men")
axes[0].bar(np.arange(5) + 0.35, [25, 32, 34, 20, 25], width=0.35, yerr=[3, 5, 2, 3, 3],
            ecolor="gray", label="women")
axes[0].legend()
axes[1].barh(["a", "b", "c"], [3, 5, 4], xerr=[0.5, 0.3, 0.8], capsize=3)
