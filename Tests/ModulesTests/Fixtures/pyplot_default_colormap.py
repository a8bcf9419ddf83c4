# plt.gray() / plt.set_cmap: the default colormap (rcParams['image.cmap']) and the current image's; get_cmap, get_clim, get_images, get_lines.
import numpy as np
import matplotlib.pyplot as plt
plt.imshow(np.arange(6).reshape(2, 3))
plt.gray()
print(plt.rcParams["image.cmap"], plt.gca().get_images()[0].get_cmap().name if hasattr(plt.gca(), "get_images") else "")
plt.figure()
im = plt.imshow(np.arange(6).reshape(2, 3))
print(im.get_cmap().name)
plt.set_cmap("jet")
print(im.get_cmap().name, plt.rcParams["image.cmap"])
plt.rcParams["image.cmap"] = "viridis"
print(plt.imshow(np.eye(2)).get_cmap().name)
print([float(v) for v in im.get_clim()], len(plt.gca().get_images()))
plt.figure()
plt.plot([1, 2]); plt.plot([2, 1], "--")
print(len(plt.gca().get_lines()), [(l.get_linestyle(), l.get_linewidth(), l.get_marker(), l.get_markersize()) for l in plt.gca().get_lines()])
plt.plot([0, 1], ":", marker="o", lw=3, ms=4)
print(plt.gca().get_lines()[-1].get_ls(), plt.gca().get_lines()[-1].get_lw(), plt.gca().get_lines()[-1].get_marker())
plt.jet()
print(plt.rcParams["image.cmap"], plt.get_cmap().name if hasattr(plt, "get_cmap") else "")
sc = plt.scatter([1, 2], [3, 4], c=[0.5, 0.7])
print(sc.get_cmap().name, sc.get_cmap().N)
