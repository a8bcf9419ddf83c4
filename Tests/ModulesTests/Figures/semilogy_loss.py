import numpy as np
import matplotlib.pyplot as plt
ep = np.arange(1, 101)
loss = 2.5 * np.exp(-ep / 15.0) + 0.01
plt.figure()
plt.semilogy(ep, loss, label="train loss")
plt.semilogy(ep, loss * 1.3 + 0.02, label="val loss")
plt.xlabel("epoch")
plt.ylabel("loss")
plt.legend()
plt.title("Loss")
