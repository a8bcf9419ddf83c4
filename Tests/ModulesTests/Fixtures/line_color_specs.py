# Line2D.get_color gives back the color as given (a format letter, a keyword value, a 'CN'
# format's RGBA) or the cycle's RGB tuple; a given color does not advance the cycle.
import matplotlib
matplotlib.use('Agg')
import matplotlib.pyplot as plt
a, = plt.plot([1, 2], 'r--')
b, = plt.plot([1, 2], color='darkorange')
c, = plt.plot([1, 2], 'C3o')
d, = plt.plot([1, 2])
e, = plt.plot([1, 2], color=(0.1, 0.2, 0.3))
print(a.get_color(), b.get_color(), c.get_color(), d.get_color(), e.get_color())
d.set_color('k'); print(d.get_color())
