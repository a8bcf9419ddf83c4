import matplotlib.pyplot as plt
fig, axes = plt.subplots(1, 2, figsize=(7, 3))
axes[0].plot([1, 2, 3])
axes[0].set_title('padded 20', pad=20)
plt.rcParams['axes.titlepad'] = 2
ax = fig.add_axes([0.6, 0.2, 0.3, 0.5])
ax.set_title('rc pad 2')
axes[1].set_visible(False)
fig.suptitle('title pads')
