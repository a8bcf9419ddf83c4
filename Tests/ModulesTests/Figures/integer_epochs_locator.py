# A loss curve over epochs with whole-number x ticks (ax.xaxis.set_major_locator with
# matplotlib.ticker.MaxNLocator(integer=True)) and a y axis with at most 4 intervals.
import matplotlib.pyplot as plt
from matplotlib.ticker import MaxNLocator

loss = [2.3, 1.4, 0.9, 0.7, 0.55, 0.5, 0.47]
fig, ax = plt.subplots()
ax.plot(range(1, len(loss) + 1), loss, "o-")
ax.xaxis.set_major_locator(MaxNLocator(integer=True))
ax.yaxis.set_major_locator(MaxNLocator(4))
ax.set_xlabel("epoch")
ax.set_ylabel("loss")
