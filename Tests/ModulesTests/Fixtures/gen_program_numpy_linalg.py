# Generated: numpy linalg.
import numpy as np
A = np.array([[4.0, -2.0], [1.0, 1.0]])
b = np.array([2.0, 3.0])
x = np.linalg.solve(A, b)
print(x, A @ x, np.linalg.det(A), np.linalg.inv(A), np.linalg.norm(b))
print(np.dot([1, 2, 3], [4, 5, 6]), np.outer([1, 2], [3, 4]), np.inner([1, 2], [3, 4]))
M = np.arange(6).reshape(2, 3)
print(M @ M.T, M.T @ M, np.matmul(np.ones((2, 2, 3)), np.ones((3, 1))).shape)
try:
    np.linalg.inv(np.ones((2, 2)))
except np.linalg.LinAlgError as e:
    print("LinAlgError:", e)
