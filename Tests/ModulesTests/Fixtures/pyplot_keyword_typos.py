# A keyword matplotlib does not take is refused in matplotlib's words (a misspelt linewidth
# is an error, not a silently plain line); the keywords it takes are accepted.
import matplotlib
matplotlib.use("svg")
import matplotlib.pyplot as plt
import numpy as np


def show(label, f):
    try:
        f()
        print(label, "ok")
    except Exception as e:
        print(label, "!", type(e).__name__, e)


x = np.arange(5.0)
fig, ax = plt.subplots()
show("plot typo", lambda: plt.plot(x, x, linewdith=2))
show("plot aliases", lambda: plt.plot(x, x, lw=2, ls="--", c="r", ms=3, mfc="b", mec="g", mew=1, alpha=0.5, label="a"))
show("ax.plot typo", lambda: ax.plot(x, x, colour="r"))
show("scatter typo", lambda: plt.scatter(x, x, sizes=None, markersize=3))
show("scatter ok", lambda: plt.scatter(x, x, s=10, c=x, cmap="viridis", edgecolors="k", linewidths=1, marker="s", vmin=0, vmax=4))
show("hist typo", lambda: plt.hist(x, bin=3))
show("hist ok", lambda: plt.hist(x, bins=3, histtype="step", density=True, alpha=0.5, color="g", edgecolor="k", label="h"))
show("bar typo", lambda: plt.bar(x, x, colour="r"))
show("bar ok", lambda: plt.bar(x, x, width=0.5, color="r", edgecolor="k", yerr=0.1, capsize=2, tick_label=list("abcde")))
show("imshow typo", lambda: plt.imshow(np.eye(3), cmpa="gray"))
show("imshow ok", lambda: plt.imshow(np.eye(3), cmap="gray", interpolation="nearest", vmin=0, vmax=1))
show("title typo", lambda: plt.title("t", fontsise=12))
show("title ok", lambda: plt.title("t", fontsize=12, loc="left", pad=4, color="b"))
show("xlabel typo", lambda: plt.xlabel("x", fontsise=12))
show("legend typo", lambda: plt.legend(location="upper left"))
show("legend ok", lambda: plt.legend(loc="upper left", fontsize=8, frameon=False, ncol=2))
show("semilogy base", lambda: plt.semilogy(x + 1, x + 1, base=2))
show("text typo", lambda: plt.text(0, 0, "s", fontsise=3))
show("axhline ok", lambda: plt.axhline(0.5, color="k", linestyle=":", xmin=0.1, xmax=0.9))
show("fill_between ok", lambda: plt.fill_between(x, x, x + 1, where=x > 1, alpha=0.3, color="g", interpolate=True))
show("contourf ok", lambda: plt.contourf(np.eye(3), levels=5, cmap="RdBu", alpha=0.5))
show("contour typo", lambda: plt.contour(np.eye(3), level=[0.5]))
show("figure typo", lambda: plt.figure(figsze=(3, 2)))
show("figure ok", lambda: plt.figure(figsize=(3, 2), dpi=80, facecolor="w"))
show("subplots typo", lambda: plt.subplots(2, 1, share_x=True))
show("subplots ok", lambda: plt.subplots(2, 1, sharex=True, figsize=(3, 2), squeeze=False))
show("xticks typo", lambda: plt.xticks([0, 1], rotaton=45))
show("xticks ok", lambda: plt.xticks([0, 1], ["a", "b"], rotation=45, fontsize=8))
show("xlim typo", lambda: plt.xlim(lft=0))
show("xlim ok", lambda: plt.xlim(left=0, right=3))
show("suptitle typo", lambda: plt.suptitle("s", fontsise=3))
show("tight_layout typo", lambda: plt.tight_layout(pads=1))
show("subplots_adjust ok", lambda: plt.subplots_adjust(left=0.1, hspace=0.3))
show("step typo", lambda: plt.step([1, 2], [1, 2], wehre="post"))
show("hlines typo", lambda: plt.hlines(1, 0, 1, colour="r"))
show("hlines ok", lambda: type(plt.hlines(1, 0, 1, colors="r", linestyles="dotted")).__name__)
show("axvspan typo", lambda: plt.axvspan(0, 1, facecolour="r"))
show("axvspan ok", lambda: plt.axvspan(0, 1, fc="r", alpha=0.5))
