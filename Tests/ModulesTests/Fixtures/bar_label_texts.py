# bar_label: the label texts for each format kind, label types and bar directions.
import matplotlib
matplotlib.use('Agg')
import matplotlib.pyplot as plt
bars = plt.bar([1, 2, 3], [3, 7.25, -2], bottom=[0, 1, 0])
for kw in [dict(), dict(fmt='%.1f'), dict(fmt='{:.2f} kg'), dict(fmt=lambda v: f'<{v:g}>'),
           dict(label_type='center'), dict(labels=['x', 'y', 'z'])]:
    print([t.get_text() for t in plt.bar_label(bars, **kw)])
h = plt.barh([1, 2], [5, -4])
print([t.get_text() for t in plt.bar_label(h, fmt='%d')], type(plt.bar_label(h)[0]).__name__)
try:
    plt.bar_label(bars, label_type='middle')
except ValueError as e:
    print(e)
