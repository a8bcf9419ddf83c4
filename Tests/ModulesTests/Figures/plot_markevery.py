import numpy as np
import matplotlib.pyplot as plt
# The course's optimizer comparison: markers every 100th iteration of a long curve.
x = np.arange(2000)
markers = {"SGD": "o", "Momentum": "x", "AdaGrad": "s", "Adam": "D"}
for k, (name, m) in enumerate(markers.items()):
    plt.plot(x, 2.0 / (1 + x * 0.002 * (k + 1)), marker=m, markevery=100, label=name)
plt.plot(x[::50], 0.2 + 0.1 * np.sin(x[::50] / 200), "v-", markevery=(3, 7))
plt.plot(x[::40], 0.6 + 0.1 * np.cos(x[::40] / 150), "^:", markevery=slice(5, 40, 6))
plt.plot(x[::80], 0.9 + 0 * x[::80], "*--", markevery=[0, 4, 5, -1])
plt.xlabel("iterations")
plt.ylabel("loss")
plt.ylim(0, 2.2)
plt.legend()
