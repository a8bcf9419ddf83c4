import numpy as np
import matplotlib.pyplot as plt

np.random.seed(3)
x = np.linspace(0, 6, 30)
fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(9, 3.5))
ax1.plot(x, np.sin(x), dashes=[6, 2], lw=2, label='dashes [6, 2]')
ax1.plot(x, np.cos(x), '--', dash_capstyle='round', lw=3, label='round dash caps')
ax1.plot(x, 0.5 * np.sin(2 * x), 'o-', fillstyle='none', ms=7, solid_capstyle='butt',
         label='hollow markers')
ax1.legend()
ax2.hist(np.random.exponential(1.0, 2000), bins=30, log=True, color='C1')
