# np.histogram / histogram_bin_edges with numpy's bin estimators ('auto', 'fd', 'sturges', ...),
# their errors, and plt.hist(bins='auto').
import numpy as np
np.random.seed(1)
x = np.random.randn(200)
for b in ['auto', 'fd', 'sturges', 'rice', 'scott', 'sqrt', 'doane']:
    c, e = np.histogram(x, bins=b)
    print(b, len(e), c[:5], e[:3])
print(np.histogram_bin_edges([1, 2, 2, 3, 7], bins='auto'), np.histogram_bin_edges(np.arange(10), bins='fd'))
print(np.histogram([1, 1, 1], bins='auto'), np.histogram(np.array([1, 2, 3, 100]), bins='sqrt', range=(0, 10)))
for bad in ["np.histogram(x, bins='nope')", "np.histogram(x, bins='auto', weights=x)", "np.histogram_bin_edges([[1, 2]], bins=[[1]])"]:
    try: eval(bad)
    except Exception as e: print(type(e).__name__, e)
import matplotlib
matplotlib.use('Agg')
import matplotlib.pyplot as plt
n, edges, _ = plt.hist(x, bins='auto')
print(len(edges), n[:4], edges[-1])
