# matplotlib.colors: ListedColormap, LinearSegmentedColormap.from_list, Normalize (and norm=
# in plotting calls), to_rgba/to_rgb/to_hex/is_color_like; matplotlib.cm as a module.
import numpy as np
import matplotlib
matplotlib.use('Agg')
import matplotlib.pyplot as plt
import matplotlib.colors as mc
from matplotlib.colors import ListedColormap, LinearSegmentedColormap, Normalize
from matplotlib import cm
import matplotlib.cm as cm2
print(cm is cm2, cm.viridis.N, matplotlib.colors is mc, plt.Normalize is Normalize)
n = mc.Normalize(0, 10); print(repr(n(5)), n(np.array([1.0, 20.0])), n.vmin, n.vmax)
m = mc.Normalize(); print(m.vmin, m(np.array([2.0, 4.0, 6.0])), m.vmin, m.vmax, m.scaled())
print(mc.Normalize(1, 3).inverse(0.5), mc.Normalize(0, 4, clip=True)(9))
for c in ['r', 'red', '#f00', '#ff000080', 'tab:blue', 'C0', (1, 0, 0), (1, 0, 0, 0.5), 'none', '0.5', 'k', 'darkorange']:
    print(repr(c), mc.to_rgba(c), mc.to_rgba(c, 0.3), mc.to_rgb(c), mc.to_hex(c), mc.to_hex(c, keep_alpha=True))
try: mc.to_rgba('nope')
except Exception as e: print(type(e).__name__, e)
print(mc.is_color_like('r'), mc.is_color_like((1, 2)), mc.is_color_like('0.5'))
c = ListedColormap(['#FFAAAA', '#AAFFAA', '#AAAAFF']); print(c.N, c.name, c(0.0), c(0.5), c(1.0), type(c).__name__, c.colors)
l = LinearSegmentedColormap.from_list('rb', ['red', 'blue']); print(l.N, l.name, l(0.0), l(0.5), l(0.25), l(1.0), l(0.77), type(l).__name__)
l2 = LinearSegmentedColormap.from_list('x', ['red', 'green', 'blue'], N=5); print(l2.N, [l2(i) for i in range(5)])
l3 = LinearSegmentedColormap.from_list('y', [(0, 'white'), (0.3, 'orange'), (1, 'black')], N=7); print([l3(i) for i in range(7)])
print(c.reversed().name, c.reversed()(0.0), type(plt.cm.jet).__name__, type(plt.cm.viridis).__name__)
c4 = ListedColormap(np.array([[1, 0, 0], [0, 1, 0]])); print(c4(0.9))
n2 = Normalize(); plt.scatter([1, 2, 3], [1, 2, 3], c=[4, 5, 9], norm=n2); print(n2.vmin, n2.vmax)
for kw in [dict(norm=Normalize(0, 1), vmin=0), dict(norm='zzzz'), dict(norm=5), dict(norm='linear', vmax=2)]:
    try: plt.scatter([1], [1], c=[1], **kw); print('ok', kw)
    except Exception as e: print(type(e).__name__, e)
