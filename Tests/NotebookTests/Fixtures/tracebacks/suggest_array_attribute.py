import numpy as np

x = np.arange(6)
print(x.reshape(2, 3))
y = x.resahpe(3, 2)
