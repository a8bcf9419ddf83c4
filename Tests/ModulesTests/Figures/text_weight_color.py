import numpy as np
import matplotlib.pyplot as plt
x = np.linspace(0, 10, 40)
plt.plot(x, np.exp(-x / 4) * np.cos(x))
plt.title("Damped oscillation", fontweight="bold", color="navy")
plt.xlabel("time (s)", color="tab:red")
plt.ylabel("amplitude", fontweight="bold", fontsize=12)
