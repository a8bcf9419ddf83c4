# plt.hist's returned counts with weights= (NaN values dropped with their weights), density and
# cumulative, compared with matplotlib's.
import numpy as np
import matplotlib.pyplot as plt
data = np.array([0.1, 0.4, 0.45, 0.9, np.nan, 0.7, 0.2, 0.95])
w = np.array([1.0, 2.0, 0.5, 3.0, 10.0, 1.5, 0.25, 2.0])
for kwargs in [{}, {"weights": w}, {"weights": w, "density": True}, {"weights": w, "cumulative": True},
               {"bins": [0, 0.5, 1], "weights": w}, {"cumulative": -1}, {"density": True, "cumulative": True}]:
    counts, edges, _ = plt.hist(data, bins=kwargs.pop("bins", 4), **kwargs)
    print(sorted(k for k in kwargs), counts, edges)
try:
    plt.hist(data, weights=[1, 2])
except ValueError as e:
    print("ValueError", e)
try:
    plt.hist(data, align="middle")
except ValueError as e:
    print("ValueError", e)
for align in ["left", "mid", "right"]:
    counts, edges, bars = plt.hist([1, 2, 2, 3], bins=3, align=align, bottom=1)
    print(align, counts, edges)
