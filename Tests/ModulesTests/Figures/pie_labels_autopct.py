# Two pie charts: labels, autopct, startangle and explode on one; colors, counterclock=False,
# a wedge edge color and a legend on the other.
import matplotlib.pyplot as plt

fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(9, 4.5))
sizes = [15, 30, 45, 10]
ax1.pie(sizes, labels=['Frogs', 'Hogs', 'Dogs', 'Logs'], autopct='%1.1f%%', startangle=90,
        explode=(0, 0.1, 0, 0))
ax1.set_title('pets')
ax2.pie([3, 2, 1], colors=['tab:green', 'gold', 'lightcoral'], counterclock=False,
        wedgeprops={'edgecolor': 'white'}, labels=['a', 'b', 'c'], labeldistance=None)
ax2.legend(loc='upper right')
