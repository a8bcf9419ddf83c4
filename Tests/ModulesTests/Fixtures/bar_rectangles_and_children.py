# A bar container as matplotlib's tuple of Rectangles (len, iteration, indexing; get_x,
# get_height, ... as numpy ints or floats the way the bars were given; per-bar setters), and
# an Axes' children lists (lines, patches, texts, images, collections) and get_legend().
import numpy as np
import matplotlib
matplotlib.use('Agg')
import matplotlib.pyplot as plt

fig, ax = plt.subplots()
bars = ax.bar(['a', 'b', 'c'], [3, 5, 2])
print(len(bars), bars[0], bars[-1].get_height())
for rect in bars:
    print(rect.get_x(), rect.get_width(), rect.get_height(), rect.get_y(), rect.get_facecolor())
    print(repr(rect.get_height()), repr(rect.get_y()), repr(rect.get_x()))
bars[1].set_color('r')
bars[2].set_height(4.5)
print(bars[1].get_facecolor(), bars[1].get_edgecolor(), bars[2].get_height())
edge = ax.bar([0, 1], [1.5, 2.5], width=1, align='edge', bottom=1)
print([repr(v) for v in edge[1].get_xy()], repr(edge[0].get_width()))
hb = ax.barh([1, 2], [10, 20], height=0.5, left=2.5)
print([(repr(r.get_x()), repr(r.get_y()), repr(r.get_width()), repr(r.get_height())) for r in hb])
print(len(ax.patches), ax.patches[1].get_height())
n, bins, patches = ax.hist([1, 2, 2, 3, 3, 3], bins=3)
print(type(patches).__name__, len(patches), patches[0], repr(patches[2].get_height()))
ax.plot([0, 1], [0, 1], label='line')
ax.scatter([1], [1])
ax.text(0, 0, 'note')
ax.imshow(np.eye(2))
print(len(ax.lines), len(ax.texts), len(ax.images), len(ax.collections), ax.get_legend())
ax.legend()
print(type(ax.get_legend()).__name__)
ax.get_legend().remove()
print(ax.get_legend())
ax.lines[0].remove()
print(len(ax.lines))
