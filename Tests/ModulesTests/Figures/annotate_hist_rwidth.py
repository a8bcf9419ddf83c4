import numpy as np
import matplotlib.pyplot as plt
np.random.seed(7)
data = np.random.randn(300) * 2 + 5
plt.hist(data, bins=15, rwidth=0.8, color="C2", edgecolor="black")
plt.annotate("peak", xy=(5, 50), xytext=(8.5, 58), fontsize=12)
plt.text(0.05, 0.95, "rwidth=0.8", transform=plt.gca().transAxes, va="top")
plt.title("Histogram with rwidth")
