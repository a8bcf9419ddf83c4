# plt.setp (keywords, name/value pairs, short names, lists of artists), set_linestyle/marker/
# markersize, plt.clim on the current image, axis('square').
import numpy as np
import matplotlib
matplotlib.use('Agg')
import matplotlib.pyplot as plt
lines = plt.plot([1, 2], [3, 4], [1, 2], [4, 3])
print(plt.setp(lines, color='r', lw=3), lines[1].get_linewidth())
plt.setp(lines[0], 'linestyle', '--'); print(lines[0].get_linestyle())
plt.figure(); im = plt.imshow(np.arange(6).reshape(2, 3)); plt.clim(1, 4); print(im.get_clim())
plt.clim(vmax=10); print(im.get_clim())
plt.figure(); plt.plot([0, 4], [0, 1]); print(plt.axis('square'), plt.gca().get_xlim(), plt.gca().get_ylim())
plt.figure()
try: plt.clim(0, 1)
except RuntimeError as e: print(e)
plt.figure(); m, s, b = plt.stem([1, 2]); plt.setp(m, markersize=3, marker='s'); plt.setp(s, ls=':'); print(m.get_markersize(), m.get_marker())
