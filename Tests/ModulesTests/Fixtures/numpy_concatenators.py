import numpy as np

# np.r_ joins along the first axis; ranges become aranges; numbers become elements.
a = np.array([1, 2, 3])
print(np.r_[a, 0, a * 10])
print(np.r_[0:5], np.r_[1:10:3], np.r_[0.5:2.0:0.5])
print(np.r_[np.array([[1, 2]]), np.array([[3, 4]])])

# np.c_ stacks 1-D pieces as columns: the grid idiom of decision-boundary plots.
xx, yy = np.meshgrid(np.linspace(-1, 1, 3), np.linspace(0, 2, 2))
grid = np.c_[xx.ravel(), yy.ravel()]
print(grid.shape)
print(grid)
print(np.c_[np.array([1, 2]), np.array([[3, 4], [5, 6]])])
print(np.c_[a, a ** 2].dtype, np.r_[a, 0.5].dtype)
