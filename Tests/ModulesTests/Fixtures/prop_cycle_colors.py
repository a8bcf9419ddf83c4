# cycler and property cycles: cycler() objects (repr, len, iteration, by_key, +), ax.set_prop_cycle
# in its forms, rcParams['axes.prop_cycle'] for new axes, and the colors lines take.
import matplotlib
matplotlib.use('Agg')
import matplotlib.pyplot as plt
from cycler import cycler
c = cycler(color=['r', 'g'])
print(repr(c), len(c), list(c), c.by_key(), c.keys)
print(repr(cycler('color', ['r'])), repr(plt.rcParams['axes.prop_cycle']))
print(repr(cycler(color=['r', 'g']) + cycler(linestyle=['-', '--'])))
print(plt.rcParams['axes.prop_cycle'].by_key()['color'][:2])
fig, ax = plt.subplots()
for s in ['ax.set_prop_cycle("color")', 'ax.set_prop_cycle(foo=[1])', 'cycler(color=["r"]) + cycler(ls=["-", "--"])', 'ax.set_prop_cycle(cycler(color=["r"]), color=["g"])']:
    try:
        eval(s)
    except Exception as e:
        print(type(e).__name__, e)
ax.set_prop_cycle(color=['r', 'g', 'b'])
lines = ax.plot([[1, 2, 3, 4]] * 2)
print([l.get_color() for l in lines])
ax.set_prop_cycle('color', ['k', 'm'])
print(ax.plot([1, 2])[0].get_color(), ax.plot([1, 2])[0].get_color())
ax.set_prop_cycle(None)
print(ax.plot([1, 2])[0].get_color())
plt.rcParams['axes.prop_cycle'] = cycler(color=['#aa0000', 'navy'])
fig2, ax2 = plt.subplots()
print(ax2.plot([1, 2])[0].get_color(), ax2.plot([1, 2])[0].get_color(), ax2.plot([1, 2])[0].get_color())
print(hasattr(plt, 'cycler'), hasattr(matplotlib, 'cycler'))
