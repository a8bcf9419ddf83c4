import numpy as np
import matplotlib.pyplot as plt
np.random.seed(3)
plt.figure()
counts, edges, patches = plt.hist(np.random.randn(1000), bins=30)
plt.title("Histogram")
