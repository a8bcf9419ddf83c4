# Small matrix products, every digit: NumBook sums depths up to 7 itself where OpenBLAS's
# kernels sum the same way, and must give numpy's bits (tolist() prints them exactly).
# expected output per BLAS kernel family (NAME.out: Haswell; NAME.avx512.out: AVX-512)
import numpy as np

np.random.seed(11)
shapes = [(2, 2, 2), (2, 3, 4), (3, 5, 2), (4, 7, 3), (5, 6, 5), (7, 7, 7), (3, 8, 4), (9, 4, 6), (6, 15, 5)]
for m, k, n in shapes:
    a = np.random.randn(m, k)
    b = np.random.randn(k, n)
    print((m, k, n), np.dot(a, b).tolist())
    print('  a.T stored', (np.ascontiguousarray(a.T).T @ b).tolist())
    print('  b.T stored', (a @ np.ascontiguousarray(b.T).T).tolist())
    a32 = a.astype(np.float32)
    b32 = b.astype(np.float32)
    print('  float32', np.matmul(a32, b32).tolist())
x = np.random.randn(3, 4)
print('x @ x.T', (x @ x.T).tolist())
print('int', np.dot(np.arange(6).reshape(2, 3), np.arange(6).reshape(3, 2)).tolist())
