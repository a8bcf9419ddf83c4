# The frame's sides styled one by one (ax.spines), and an artist hidden with set_visible.
import matplotlib.pyplot as plt

fig, ax = plt.subplots()
ax.plot([0, 1, 2], [2, 0, 1], label="shown")
ax.spines["top"].set_visible(False)
ax.spines[["right"]].set_visible(False)
ax.spines.left.set_color("red")
ax.spines["bottom"].set_linewidth(2)
hidden, = ax.plot([0, 2], [0, 3], label="hidden")
hidden.set_visible(False)
ax.set_title("spines")
