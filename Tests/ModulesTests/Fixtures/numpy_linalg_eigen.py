# np.linalg.eigh / eigvalsh (dsyevd, lower triangle) and eig / eigvals (dgeev, real eigenvalues),
# numpy 2's named results, a small PCA.
import numpy as np
np.random.seed(8)
M = np.random.randn(4, 4)
S = M @ M.T
w, v = np.linalg.eigh(S)
print(w)
print(v)
print(np.linalg.eigvalsh(S))
print(np.allclose(S @ v, v * w))
A = np.array([[2.0, 1.0], [1.0, 3.0]])
print(np.linalg.eig(A))
T = np.array([[4.0, 1.0, 0.0], [0.0, 2.0, 0.0], [1.0, 0.0, 3.0]])
print(np.linalg.eig(T))
print(np.linalg.eigvals(np.diag([3.0, 1.0, 2.0])))
# PCA on a small data set.
X = np.random.randn(50, 3) @ np.array([[3.0, 0, 0], [1.0, 1.0, 0], [0, 0, 0.2]])
Xc = X - X.mean(axis=0)
cov = Xc.T @ Xc / (len(X) - 1)
values, vectors = np.linalg.eigh(cov)
order = np.argsort(values)[::-1]
print(values[order], np.abs(vectors[:, order[0]]))
