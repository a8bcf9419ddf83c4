# ax.get_xticks/get_yticks (all the locator's ticks, as numpy arrays; a category axis a list),
# get_xticklabels and plt.xticks()/yticks() without arguments, Text.get_text.
import matplotlib
matplotlib.use('Agg')
import matplotlib.pyplot as plt
import numpy as np
fig, ax = plt.subplots()
ax.plot([0, 10], [0, 3.3])
print(repr(ax.get_xticks()), repr(ax.get_yticks()))
ax.set_xticks([0, 5, 10])
print(repr(ax.get_xticks()))
ax.set_yscale('log'); ax.set_ylim(1, 1000)
print(repr(ax.get_yticks()))
fig2, ax2 = plt.subplots()
ax2.bar(['a', 'b', 'c'], [1, 2, 3])
print(repr(ax2.get_xticks()), repr(ax2.get_yticks()))
print(plt.xticks()[0])
print(plt.gca().get_xticklabels(), plt.yticks()[1][:2])
plt.figure(); plt.plot([0, 10], [0, 3.3]); print(plt.xticks()); print(plt.gca().get_xticklabels()[2].get_text())
