# A confusion matrix with plt.matshow (its own figure sized to the matrix, x ticks on top,
# integer ticks), counts written in the cells, a colorbar and a title above the top labels.
import numpy as np
import matplotlib.pyplot as plt

cm = np.array([[50, 2, 1, 0], [3, 45, 4, 1], [0, 5, 40, 6], [1, 0, 7, 38]])
plt.matshow(cm, cmap=plt.cm.Blues)
plt.colorbar()
for i in range(cm.shape[0]):
    for j in range(cm.shape[1]):
        plt.text(j, i, str(cm[i, j]), ha="center", va="center")
plt.title("confusion matrix")
plt.xlabel("predicted")
plt.ylabel("true")
