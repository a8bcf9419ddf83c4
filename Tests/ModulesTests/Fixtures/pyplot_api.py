import numpy as np
import matplotlib.pyplot as plt

# Return values that notebooks print.
counts, edges, patches = plt.hist([1, 2, 2, 3, 3, 3, 4.5], bins=4)
print(counts, edges, patches)
counts, edges, _ = plt.hist(np.arange(10.0), bins=[0, 2, 5, 10], density=True)
print(counts, edges)
print(plt.title("a title"), plt.xlabel("x"), plt.ylabel("y"))
print(plt.xlim(), plt.ylim())
print(plt.xlim(0, 5))
plt.close("all")

fig, ax = plt.subplots()
print(fig, ax)
print(type(fig).__name__, type(ax).__name__)
fig, axes = plt.subplots(2, 3, figsize=(9, 5))
print(fig, axes.shape, len(axes), len(axes.flat), axes[1, 2] is axes.ravel()[5])
print(axes)
fig, row = plt.subplots(1, 3)
print(row.shape, row[0] is row[-3])
ax.plot([1, 2, 3], [4, 5, 7])
print(ax.get_xlim(), ax.get_ylim())
ax.set_xlim(left=0)
print(ax.get_xlim())
ax.set_title("t")
print(ax.get_title(), ax.get_xlabel() == "")
plt.close("all")

# Autoscaling, limits and axis().
plt.plot([3], [3], "o")
print(plt.xlim(), plt.ylim())
plt.close()
plt.bar(["a", "b", "c"], [1, 4, 2])
print(plt.xlim(), plt.ylim())
plt.close()
plt.imshow(np.zeros((4, 6)))
print(plt.xlim(), plt.ylim(), plt.axis())
plt.close()
plt.semilogy([1, 10, 100])
print(plt.ylim())
plt.close()

# Bad input gets matplotlib's errors.
for call in [
    lambda: plt.plot([1, 2, 3], [1, 2]),
    lambda: plt.plot([1, 2], [1, 2], "q"),
    lambda: plt.plot([1, 2], [1, 2], color="blurple"),
    lambda: plt.imshow(np.zeros((2, 3, 5))),
    lambda: plt.subplot(2, 2, 5),
    lambda: plt.scatter([1, 2], [1, 2, 3]),
    lambda: plt.plot([1, 2], [1, 2], ls="wiggly"),
    lambda: plt.legend(loc="middle"),
    lambda: plt.scatter([1, 2], [1, 2], marker="Q"),
]:
    try:
        call()
        print("no error")
    except Exception as e:
        print(type(e).__name__ + ":", str(e))
plt.close("all")
