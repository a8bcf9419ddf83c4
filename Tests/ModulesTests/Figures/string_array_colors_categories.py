import numpy as np
import matplotlib.pyplot as plt

np.random.seed(0)
X = np.random.randn(40, 2)
y = (X[:, 0] + X[:, 1] > 0).astype(int)
colors = np.where(y == 1, 'tab:red', 'tab:blue')
classes = np.array(['plane', 'car', 'bird', 'cat'])
counts = np.array([12, 7, 9, 4])

fig, (ax1, ax2, ax3) = plt.subplots(1, 3, figsize=(11, 3.5))
ax1.scatter(X[:, 0], X[:, 1], c=colors)
ax1.set_title('np.where colors')
ax2.bar(classes, counts, color='C2')
ax2.set_title('string array categories')
ax3.plot(np.arange(4), counts, 'o-')
ax3.set_xticks(np.arange(4))
ax3.set_xticklabels(classes[::-1])
plt.tight_layout()
