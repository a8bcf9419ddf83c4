# numpy's histogram2d and histogramdd (edges, ranges, density, weights, errors) and pyplot's
# hist2d returning the masked counts.
import numpy as np


def show(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)


np.random.seed(3)
x = np.random.randn(200)
y = 0.5 * x + np.random.randn(200)
show("h2", lambda: np.histogram2d(x, y, bins=4))
show("h2-bins", lambda: np.histogram2d(x, y, bins=[3, 2]))
show("h2-edges", lambda: np.histogram2d(x, y, bins=[[-3, 0, 3], [-2, 2]]))
show("h2-range", lambda: np.histogram2d(x, y, bins=3, range=[[-1, 1], [-1, 1]]))
show("h2-density", lambda: np.histogram2d(x, y, bins=2, density=True))
show("h2-weights", lambda: np.histogram2d([0, 1, 1], [0, 0, 1], bins=2, weights=[1.0, 2.0, 3.0]))
show("h2-same", lambda: np.histogram2d([1, 1], [2, 2], bins=2))
show("h2-len", lambda: np.histogram2d([1, 2], [1], bins=2))
show("h2-edges-list", lambda: np.histogram2d([0.5, 1.5], [0.5, 1.5], bins=[0, 1, 2]))
show("hdd", lambda: np.histogramdd(np.array([[0.0, 1.0, 2.0], [1.0, 1.0, 0.0]]), bins=2))
show("hdd-1d", lambda: np.histogramdd(np.array([1.0, 2.0, 2.0, 3.0]), bins=3))
show("h2-bad", lambda: np.histogram2d([1, 2], [1, 2], bins=0))
show("h2-inf", lambda: np.histogram2d([1, np.inf], [1, 2]))
import matplotlib
matplotlib.use("svg")
import matplotlib.pyplot as plt
h, xe, ye, m = plt.hist2d([0, 1, 1, 2], [0, 0, 1, 2], bins=2, cmin=2)
print(h, xe, ye, type(m).__name__, plt.gca().get_xlim(), plt.gca().get_ylim())
