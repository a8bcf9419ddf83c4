import numpy as np
import matplotlib.pyplot as plt
x = np.linspace(1, 100, 200)
plt.figure(figsize=(6, 4))
plt.plot(x, x ** 2, label="x^2")
plt.plot(x, np.exp(x / 20), label="exp(x/20)")
plt.xscale("log")
plt.yscale("log")
ax = plt.gca()
ax.set_title("xscale and yscale")
fig = plt.gcf()
fig.suptitle("log-log by scale calls")
plt.legend(loc="upper left")
plt.grid(True)
