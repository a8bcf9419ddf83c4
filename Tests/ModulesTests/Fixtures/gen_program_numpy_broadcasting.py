# Generated: numpy broadcasting.
import numpy as np
x = np.arange(3).reshape(3, 1)
y = np.arange(4)
print(x + y, x * y, (x - y) ** 2, x / (y + 1))
grid_x, grid_y = np.meshgrid(np.linspace(-1, 1, 3), np.linspace(0, 1, 2))
print(grid_x, grid_y, np.c_[grid_x.ravel(), grid_y.ravel()])
try:
    np.ones((2, 3)) + np.ones((3, 2))
except ValueError as e:
    print("ValueError:", e)
