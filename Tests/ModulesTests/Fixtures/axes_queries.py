# What artists and axes answer about themselves: a line's data as given (integers stay
# integers), plt.xticks' return, get_aspect, get_xscale/get_yscale, a text's position, a
# contour set's levels, fignum_exists, and the empty tick array after xticks([]).
import numpy as np
import matplotlib
matplotlib.use('Agg')
import matplotlib.pyplot as plt

fig, ax = plt.subplots()
line, = ax.plot([1, 2, 3], [4, 5, 6])
print(repr(line.get_xdata()), repr(line.get_ydata()))
auto, = ax.plot([0.5, 1.5])
print(repr(auto.get_xdata()), repr(auto.get_ydata()))
line.set_xdata([7, 8, 9])
print(repr(line.get_xdata()))
line.set_data(np.arange(3.0), np.array([1, 2, 3]))
print(repr(line.get_xdata()), repr(line.get_ydata()))
print(plt.xticks([]), repr(ax.get_xticks()))
print(ax.get_aspect(), ax.get_xscale(), ax.get_yscale())
ax.set_yscale('log')
ax.set_aspect('equal')
print(ax.get_aspect(), ax.get_yscale())
print(ax.text(0, 1, 't').get_position(), ax.text(0.5, 2.5, 'u').get_position())
fig2, ax2 = plt.subplots()
print(repr(ax2.contour(np.eye(3)).levels), repr(ax2.contourf(np.eye(4) * 3).levels))
print(plt.fignum_exists(1), plt.fignum_exists(2), plt.fignum_exists(7), len(ax2.get_children()) > 0)
locs, labels = plt.yticks()
print(type(locs).__name__, [t.get_text() for t in labels][:3])
