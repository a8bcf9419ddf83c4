# matplotlib.patches and matplotlib.lines.Line2D made on their own: how they print, add_patch
# and add_line (the same object back, the axes' limits grown), labels for legends, and the
# errors for a keyword a patch does not take or extra positional arguments.
import matplotlib
matplotlib.use('Agg')
import matplotlib.pyplot as plt
import matplotlib.patches as mpatches
from matplotlib.lines import Line2D

fig, ax = plt.subplots()
r = mpatches.Rectangle((0.1, 0.2), 3, 0.5, fill=False)
print(r)
print(mpatches.Circle((0.5, 0.5), 0.25), mpatches.Circle((1, 2)))
print(mpatches.Ellipse((1, 2), 3, 4.5, angle=30))
print(mpatches.Polygon([[0, 0], [1, 1], [1, 0]]), mpatches.Polygon([[0, 0], [1, 1], [0, 0]]))
print(Line2D([0], [0], label='boundary'), Line2D([0, 1], [0, 1]))
print(ax.add_patch(r) is r, plt.Circle is mpatches.Circle, plt.Line2D is Line2D)
print(ax.get_xlim(), ax.get_ylim())
ax.add_patch(mpatches.Circle((5, 5), 1))
print(ax.get_xlim(), ax.get_ylim())
line = Line2D([0, 10], [0, -4], color='r')
print(ax.add_line(line) is line, ax.get_ylim())
p = mpatches.Patch(color='tab:red', label='class 1')
print(p.get_label(), ax.get_legend_handles_labels()[1])
ax.legend(handles=[p, line], labels=['a', 'b'])
for statement in ["mpatches.Rectangle((0, 0), 1, 1, foo=2)", "mpatches.Rectangle((0, 0), 1, 1, 5)",
                  "mpatches.Patch(color='bluish')"]:
    try:
        exec(statement)
    except Exception as e:
        print(statement, '->', type(e).__name__, e)
