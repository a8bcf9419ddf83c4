# A GridSpec with width ratios: one axes across the top row, two below
# (one spanning two columns); tight_layout around them.
import numpy as np
import matplotlib.pyplot as plt

x = np.linspace(0, 6, 100)
fig = plt.figure(figsize=(8, 6))
gs = fig.add_gridspec(2, 3, width_ratios=[2, 1, 1])
top = fig.add_subplot(gs[0, :])
top.plot(x, np.sin(x))
top.set_title('signal')
left = fig.add_subplot(gs[1, :2])
left.hist(np.sin(x), bins=10)
right = fig.add_subplot(gs[1, 2])
right.scatter(np.cos(x), np.sin(x), s=5)
right.set_xlabel('cos')
fig.tight_layout()
