# Box plots as matplotlib draws them: three datasets with outliers and tick labels, and a
# second axes with patch_artist boxes, custom positions and whis as percentiles.
import numpy as np
import matplotlib.pyplot as plt

np.random.seed(4)
data = [np.random.randn(40), np.random.randn(40) * 2 + 1, np.r_[np.random.rand(30) * 3, 9, -4]]
fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(9, 4))
ax1.boxplot(data, tick_labels=['normal', 'wide', 'uniform'])
ax1.set_title('three datasets')
ax1.yaxis.grid(True)
ax2.boxplot(np.random.randn(50, 2), patch_artist=True, positions=[2, 4], whis=(5, 95))
ax2.grid(True)
