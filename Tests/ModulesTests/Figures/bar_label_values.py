# bar_label on vertical bars (default '%g', padding in points), on negative bars, centered
# labels with a format, and on horizontal bars.
import matplotlib.pyplot as plt

fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(9, 4))
bars = ax1.bar(['a', 'b', 'c', 'd'], [3, 7.5, -2, 5])
ax1.bar_label(bars, padding=3)
inner = ax1.bar(['a', 'b', 'c', 'd'], [1, 2, -1, 1.5], color='orange')
ax1.bar_label(inner, fmt='{:.1f}', label_type='center')
hbars = ax2.barh([1, 2, 3], [40, 25, 60], color='green')
ax2.bar_label(hbars, labels=['forty', 'twenty-five', 'sixty'], padding=2)
ax2.set_xlim(0, 80)
