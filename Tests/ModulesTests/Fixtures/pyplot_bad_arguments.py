# Plotting calls with arguments matplotlib refuses (its errors), or accepts oddly (no crash).
import io

import matplotlib

matplotlib.use("svg")
import matplotlib.pyplot as plt
import numpy as np

for text in [
    'plt.plot([1], [2], alpha=float("nan"))', "plt.plot([1], [2], alpha=2)",
    'plt.plot([1], [2], alpha="a")', "plt.scatter([1], [2], alpha=-0.5)",
    "plt.imshow(np.eye(2), alpha=1.5)", "plt.errorbar([1, 2], [1, 2], yerr=[1, 2, 3])",
    "plt.errorbar([1, 2], [1, 2], xerr=np.zeros((0, 3)))",
    "plt.errorbar([1, 2], [1, 2], yerr=[[1, 2], [3, 4]])", "plt.errorbar([1, 2], [1, 2], yerr=[1])",
    "plt.errorbar([1, 2], [1, 2], yerr=0.5)", "plt.errorbar([1], [1], yerr=[0.5])",
    "plt.figure(10**9).number", "len(plt.figure(3).axes)", "plt.bar([1, 2], [3, 4], color=[])",
    "plt.barh([1, 2], [3, 4], color=[])", "plt.plot([1, 2], drawstyle='bad')",
    "plt.step([1, 2], [1, 2], where='bad')", "plt.step([1, 2], [1, 2], where='post')",
    "plt.hlines([1, 2], [0, 1, 2], 3)", "plt.hlines(1, 0, 2)", "plt.vlines([1, 2], 0, [1, 2])",
    "plt.axhspan(0.2, 0.4)", "plt.axvspan(1, 2, 0.1, 0.9)", "plt.axvspan(1)",
    "plt.gca().spines['middle']", "plt.gca().spines['top']", "plt.gca().spines['left'].get_visible()",
    "plt.pcolormesh(np.eye(3))", "plt.pcolormesh([0, 1], [0, 1], np.eye(3))",
    "plt.pcolormesh([0, 1, 2], [0, 1, 2], np.eye(3), shading='flat')",
    "plt.pcolormesh([0, 1, 2], [0, 1], np.eye(3))", "plt.pcolormesh(np.eye(2), np.eye(2))",
    "plt.pcolormesh([0, 1, 2, 3], [0, 1, 2, 3], np.eye(3), shading='nearest')",
]:
    try:
        r = eval(text)
        print(text, "->", r if isinstance(r, int) else type(r).__name__)
    except Exception as e:
        print(text, "->", type(e).__name__ + ":", e)
fig, axes = plt.subplots(1, 2)
print(len(fig.axes), fig.axes[0] is axes[0], fig.number)
plt.savefig(io.StringIO(), format="svg")
print("saved")
