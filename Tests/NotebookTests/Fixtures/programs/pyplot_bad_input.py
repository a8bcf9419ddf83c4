# Bad plotting input gives Python errors (the same types as matplotlib), never a crash;
# degenerate data (NaN, infinities, empty arrays, negative values on log axes) still draws.
import numpy as np
import matplotlib.pyplot as plt
cases = [
    lambda: plt.plot(np.ones((3, 2)), np.ones(4)),
    lambda: plt.imshow(np.zeros((0, 0))),
    lambda: plt.imshow(np.zeros((3,))),
    lambda: plt.hist([]),
    lambda: plt.contourf(np.ones((5, 5))),
    lambda: plt.contourf(np.ones((1, 5))),
    lambda: plt.scatter([], []),
    lambda: plt.figure(figsize=(1e6, 1e6)),
    lambda: plt.figure(figsize=(-1, 2)),
    lambda: plt.semilogy([1, 2, 3], [-1, 0, -5]),
    lambda: plt.legend(),
    lambda: plt.bar([], []),
    lambda: plt.hist(np.array([np.nan, 1.0])),
    lambda: plt.plot([np.inf, 1], [1, np.nan]),
    lambda: plt.xlim(5, 5),
    lambda: plt.subplot(0, 1, 1),
    lambda: plt.subplots(0, 2),
    lambda: plt.imshow(np.full((4, 4), np.nan)),
    lambda: plt.colorbar(),
    lambda: plt.errorbar([1, 2], [1, 2], yerr=[1]),
    lambda: plt.fill_between([1, 2, 3], [1, 2]),
    lambda: plt.text(1, 2),
    lambda: plt.axis([1, 2]),
    lambda: plt.xticks([1, 2], ["a"]),
    lambda: plt.hist([1, 2, 3], bins=0),
    lambda: plt.hist([1, 2, 3], bins=[3, 2, 1]),
    lambda: plt.contour(np.random.rand(3, 3), levels=[]),
    lambda: plt.imshow(np.random.rand(5, 5), cmap="nope"),
    lambda: plt.plot([1, 2], [3, 4], "xyz"),
    lambda: plt.savefig("/nonexistent/dir/x.svg"),
]
for i, c in enumerate(cases):
    try:
        c()
        print(i, "ok")
    except Exception as e:
        print(i, type(e).__name__)
plt.savefig("bad_final.svg")
fig = plt.figure()
plt.plot([1, 2], [1e300, -1e300])
plt.savefig("bad2.svg")
plt.figure()
plt.loglog([1e-300, 1e300], [1, 2])
plt.savefig("bad3.svg")
plt.figure()
plt.plot([1, 1, 1], [2, 2, 2])
plt.xlim(1, 1)
plt.savefig("bad4.svg")
print("done")
