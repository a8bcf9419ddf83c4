# Text in figure coordinates (fig.text, plt.figtext) and turned texts aligned by the box
# around them once turned (matplotlib's default rotation mode), on a figure and in an axes.
import matplotlib.pyplot as plt

fig, ax = plt.subplots()
ax.plot([0, 10], [0, 10])
fig.text(0.5, 0.02, 'Figure 1: a caption', ha='center', fontsize=9)
plt.figtext(0.98, 0.5, 'side note', rotation=90, va='center', ha='right', color='gray')
fig.text(0.02, 0.95, 'top left', weight='bold')
for angle, ha, va, x in [(45, 'left', 'bottom', 1), (30, 'center', 'center', 4),
                         (-60, 'right', 'top', 7), (90, 'center', 'baseline', 9)]:
    ax.text(x, 5, f'{angle} {ha} {va}', rotation=angle, ha=ha, va=va)
    ax.plot([x], [5], 'k.')
