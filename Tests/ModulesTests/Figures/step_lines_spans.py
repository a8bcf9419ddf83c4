# step (pre, post, mid), hlines/vlines, axhspan/axvspan and reference lines, which leave the
# color cycle alone, with a legend of each kind.
import numpy as np
import matplotlib.pyplot as plt

x = np.arange(8)
y = np.array([1, 3, 2, 5, 4, 6, 5, 7])
plt.figure()
plt.axhline(0.5)
plt.step(x, y, label="pre")
plt.step(x, y + 2, where="post", label="post")
plt.step(x, y + 4, "o--", where="mid", label="mid")
plt.hlines([1, 4], 0, 7, colors="gray", linestyles="dashed", label="levels")
plt.vlines(x[::2], 0, y[::2], colors=["r", "g"], lw=2)
plt.axhspan(12, 13, alpha=0.3, label="band")
plt.axvspan(2, 3, ymin=0.1, ymax=0.5, color="orange", alpha=0.4)
plt.plot(x, y / 2, drawstyle="steps-post")
plt.legend(loc="upper left")
