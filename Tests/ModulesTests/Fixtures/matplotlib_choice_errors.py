# matplotlib's refusals of a setting outside its choices: the list of supported values, or,
# among many names, the close ones ("Did you mean one of: ...?", difflib's ratio).
import numpy as np
import matplotlib
matplotlib.use('Agg')
import matplotlib.pyplot as plt

fig, ax = plt.subplots()
for statement in [
    "ax.set_xscale('lgo')", "ax.set_yscale('foo')", "ax.set_title('t', loc='middle')",
    "plt.get_cmap('Blue')", "plt.get_cmap('jett')", "plt.get_cmap('zzzz')",
    "plt.get_cmap('virdis')", "ax.imshow(np.eye(2), cmap='grey')",
    "ax.scatter([1], [1], c=[1], cmap='RdBlu')", "plt.subplots(2, 2, sharex='rows')",
    "ax.xaxis.set_ticks_position('up')", "ax.yaxis.set_ticks_position('center')",
    "ax.quiver([0], [0], [1], [1], pivot='head')",
]:
    try:
        exec(statement)
        print(statement, 'ok')
    except ValueError as e:
        print(statement, '->', e)
