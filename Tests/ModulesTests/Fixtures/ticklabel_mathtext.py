# useMathText: tick labels and offsets as mathtext strings; fig.canvas.draw() lays out.
import matplotlib.pyplot as plt
import numpy as np
fig, ax = plt.subplots()
ax.plot(np.arange(5) * 1e5, np.arange(5) * 1e-4 + 1)
ax.ticklabel_format(useMathText=True)
fig.canvas.draw()
print([t.get_text() for t in ax.get_yticklabels()][:3])
print([t.get_text() for t in ax.get_xticklabels()][:3])
ax.ticklabel_format(style='sci', scilimits=(0, 0), axis='y', useMathText=True)
fig.canvas.draw()
print([t.get_text() for t in ax.get_yticklabels()][:3])
f = plt.ScalarFormatter(useMathText=True)
print(f.get_useMathText())
f.set_useMathText(False)
print(f.get_useMathText())
print(fig.canvas.get_width_height(), fig.canvas.figure is fig)
fig.canvas.draw_idle()
ax.set_title(r'$\frac{1}{$')
try:
    fig.canvas.draw()
except ValueError as e:
    print('ValueError at draw:', str(e).splitlines()[-1])
