import numpy as np
import matplotlib.pyplot as plt
x = np.arange(20)
plt.figure(figsize=(10, 4))
plt.subplot(121)
plt.plot(x, x ** 0.5)
plt.title("left")
plt.subplot(1, 2, 2)
plt.plot(x, -x, "g")
plt.title("right")
