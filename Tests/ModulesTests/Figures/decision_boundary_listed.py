# A logistic-regression decision boundary as the course draws it: a ListedColormap of light
# colors for the regions (contourf), a darker one for the points, and a Normalize.
import numpy as np
import matplotlib.pyplot as plt
from matplotlib.colors import ListedColormap, Normalize

np.random.seed(3)
X = np.random.randn(60, 2)
t = (X[:, 0] + 0.5 * X[:, 1] > 0.2).astype(int)
xx, yy = np.meshgrid(np.linspace(-3, 3, 121), np.linspace(-3, 3, 121))
p = 1 / (1 + np.exp(-(3 * xx + 1.5 * yy - 0.6)))
light = ListedColormap(['#FFAAAA', '#AAAAFF'])
dark = ListedColormap(['#FF0000', '#0000FF'])
plt.contourf(xx, yy, p, levels=[0, 0.5, 1], cmap=light)
plt.scatter(X[:, 0], X[:, 1], c=t, cmap=dark, norm=Normalize(0, 1), edgecolors='k')
plt.xlabel('x1')
plt.ylabel('x2')
plt.title('decision boundary')
