# np.linalg.svd (full and reduced, values only), pinv, matrix_rank and lstsq through the LAPACK
# tolerance: rtol=1e-12 atol=1e-12 (BLAS and LAPACK round differently on different processors)
# routines numpy calls (dgesdd, dgelsd), against numpy.
import numpy as np
np.random.seed(2)
A = np.random.randn(5, 3)
u, s, vt = np.linalg.svd(A)
print(u.shape, s, vt.shape)
print(np.abs(u @ np.diag(s) @ vt[:3] - A[:, :3] @ np.eye(3)).max() < 1e-12 if False else (u[:, :3] * s) @ vt - A)
u2, s2, vt2 = np.linalg.svd(A, full_matrices=False)
print(u2, s2, vt2, sep="\n")
print(np.linalg.svd(A.T, compute_uv=False))
B = np.random.randn(3, 6)
print(np.linalg.svd(B)[0], np.linalg.svd(B)[2].shape)
print(np.linalg.pinv(A))
print(np.linalg.pinv(np.array([[1.0, 2.0], [2.0, 4.0]])))
print(np.linalg.matrix_rank(A), np.linalg.matrix_rank(np.ones((3, 3))), np.linalg.matrix_rank(np.zeros(3)))
X = np.column_stack([np.ones(8), np.arange(8.0)])
y = 3 + 2 * np.arange(8.0) + np.random.randn(8) * 0.1
sol, res, rank, sv = np.linalg.lstsq(X, y, rcond=None)
print(sol, res, rank, sv)
print(np.linalg.lstsq(X, np.column_stack([y, 2 * y]), rcond=None))
print(np.linalg.lstsq(np.ones((3, 2)), np.ones(3), rcond=None))
print(np.linalg.lstsq(np.random.randn(2, 4), np.ones(2), rcond=None))
