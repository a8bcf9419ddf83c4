# An axes without its frame (set_frame_on(False)), one whose background patch is tinted
# (ax.patch.set_facecolor / set_alpha), and lines colored by set_prop_cycle.
import numpy as np
import matplotlib.pyplot as plt

x = np.linspace(0, 1, 20)
fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(8, 3.5))
ax1.set_prop_cycle(color=['tab:green', 'purple', '#ff8800'])
for k in range(4):
    ax1.plot(x, x ** (k + 1), label=f'x^{k + 1}')
ax1.set_frame_on(False)
ax1.legend()
ax2.patch.set_facecolor('lightyellow')
ax2.patch.set_alpha(0.6)
ax2.set_prop_cycle('color', ['k', 'r'])
ax2.plot(x, np.sin(6 * x))
ax2.plot(x, np.cos(6 * x))
