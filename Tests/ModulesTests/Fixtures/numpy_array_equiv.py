# np.array_equiv: equal after broadcasting; shapes that do not broadcast are unequal.
import numpy as np

print(np.array_equiv([1, 1], 1), np.array_equiv([[1, 2]], [[1, 2], [1, 2]]))
print(np.array_equiv([1, 2], [1, 2, 3]), np.array_equiv([1, 2], [[1, 2], [1, 3]]))
print(np.array_equiv(np.zeros((2, 0)), np.zeros((1, 0))), np.array_equiv([], 5))
print(np.array_equiv([np.nan], [np.nan]), np.array_equiv(np.eye(2), np.eye(2).T))
print(type(np.array_equiv(1, 1)).__name__)
