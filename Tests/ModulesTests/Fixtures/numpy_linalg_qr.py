# np.linalg.qr (reduced, r, complete), cholesky and slogdet against numpy's LAPACK results.
# tolerance: rtol=1e-12 atol=1e-12 (BLAS and LAPACK round differently on different processors)
import numpy as np
np.random.seed(2)
for A in [np.array([[1.0, 2], [3, 4]]), np.random.randn(5, 3), np.random.randn(3, 5), np.arange(12).reshape(4, 3) ** 2, np.random.randn(4, 4)]:
    q, r = np.linalg.qr(A)
    print(q, r, np.allclose(q @ r, A))
    print(np.linalg.qr(A, mode='r'))
    Q, R = np.linalg.qr(A, mode='complete')
    print(Q.shape, R.shape, np.round(Q, 6), np.round(R, 6))
print(np.linalg.qr(np.array([[1.0, 2], [3, 4]])))
S = np.array([[4.0, 2, 0.4], [2, 3, 0.5], [0.4, 0.5, 2]])
L = np.linalg.cholesky(S)
print(L, np.allclose(L @ L.T, S))
print(np.linalg.cholesky(np.array([[4, 2], [2, 3]])))
print(np.linalg.slogdet(S), np.linalg.slogdet(np.array([[1.0, 2], [2, 4]])), np.linalg.slogdet(np.array([[0.0, 1], [1, 0]])))
sign, logdet = np.linalg.slogdet(np.random.randn(6, 6))
print(sign, logdet, np.linalg.det(S))
for f in [lambda: np.linalg.cholesky(np.array([[1.0, 2], [2, 1]])), lambda: np.linalg.cholesky(np.ones((2, 3))), lambda: np.linalg.qr(np.ones(3)), lambda: np.linalg.qr(np.ones((2, 2)), mode='foo'), lambda: np.linalg.slogdet(np.ones((2, 3)))]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
