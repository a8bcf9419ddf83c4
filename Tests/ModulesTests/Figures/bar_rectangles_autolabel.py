# The usual value labels over grouped bars, written from each Rectangle of the containers
# (get_x, get_width, get_height), one bar recolored through the container, and the bars of
# a histogram colored one by one.
import numpy as np
import matplotlib.pyplot as plt

labels = ['G1', 'G2', 'G3', 'G4']
men = [20, 34, 30, 35]
women = [25, 32, 34, 20]
x = np.arange(len(labels))
fig, (ax, ax2) = plt.subplots(1, 2, figsize=(10, 4))
rects1 = ax.bar(x - 0.35 / 2, men, 0.35, label='Men')
rects2 = ax.bar(x + 0.35 / 2, women, 0.35, label='Women')
for rects in (rects1, rects2):
    for rect in rects:
        height = rect.get_height()
        ax.text(rect.get_x() + rect.get_width() / 2, height + 0.5, '%d' % int(height),
                ha='center', va='bottom')
rects2[3].set_color('tab:red')
ax.set_xticks(x)
ax.set_xticklabels(labels)
ax.legend()
rng = np.random.RandomState(1)
n, bins, patches = ax2.hist(rng.randn(500), bins=12, edgecolor='white')
for count, patch in zip(n, patches):
    patch.set_facecolor(plt.cm.viridis(count / n.max()))
