# imshow with a colormap made by LinearSegmentedColormap.from_list and norm=Normalize(...),
# and its colorbar.
import numpy as np
import matplotlib.pyplot as plt
from matplotlib.colors import LinearSegmentedColormap, Normalize

img = np.add.outer(np.arange(12), np.arange(16)) / 4.0
cmap = LinearSegmentedColormap.from_list('heat', ['white', 'orange', 'darkred'])
plt.imshow(img, cmap=cmap, norm=Normalize(vmin=1, vmax=6))
plt.colorbar()
