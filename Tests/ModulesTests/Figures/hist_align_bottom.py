import numpy as np
import matplotlib.pyplot as plt
data = np.random.RandomState(7).randint(0, 6, 200)
fig, axes = plt.subplots(1, 2, figsize=(9, 4))
axes[0].hist(data, bins=np.arange(7), align="left", rwidth=0.8)
axes[0].set_xticks(range(6))
axes[1].hist(data, bins=6, bottom=10, alpha=0.6)
axes[1].hist(data, bins=6, align="right", rwidth=0.5, histtype="bar", color="C2")
