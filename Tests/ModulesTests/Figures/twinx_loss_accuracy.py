# Training curves on two y axes (ax.twinx): loss on the left, accuracy on the right, one
# legend for both made from the handles of the two axes.
import numpy as np
import matplotlib.pyplot as plt

epochs = np.arange(1, 21)
loss = 2.3 * np.exp(-epochs / 6) + 0.1
accuracy = 0.98 - 0.7 * np.exp(-epochs / 4)
fig, ax1 = plt.subplots()
l1 = ax1.plot(epochs, loss, "b-", label="loss")
ax1.set_xlabel("epoch")
ax1.set_ylabel("loss")
ax2 = ax1.twinx()
l2 = ax2.plot(epochs, accuracy, "r--", label="accuracy")
ax2.set_ylabel("accuracy")
lines = l1 + l2
ax1.legend(lines, [line.get_label() for line in lines], loc="center right")
ax1.set_title("training")
fig.tight_layout()
