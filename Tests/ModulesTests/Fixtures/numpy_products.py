# Matrix products print numpy's digits: numpy picks dot, gemv, syrk or gemm by the operands'
# shapes and layout (and matmul a plain loop for a vector with a matrix BLAS cannot address),
# and each sums in its own order. Full digits (tolist): numpy and NumBook on one machine agree
# to the last bit where their BLAS kernels do; across processors the kernels differ, hence:
# tolerance: rtol=1e-12 atol=1e-12 (BLAS and LAPACK round differently on different processors)
# expected output per BLAS kernel family (NAME.out: Haswell; NAME.avx512.out: AVX-512)
import numpy as np

np.random.seed(11)

def show(tag, r):
    print(tag, r.dtype, np.asarray(r).tolist())

for trial in range(12):
    k = np.random.randint(1, 40) if trial % 3 else np.random.randint(1, 16)
    m = np.random.randint(1, 7)
    n = np.random.randint(1, 7)
    for dt in [np.float64, np.float32]:
        A = np.random.randn(m, k).astype(dt)
        B = np.random.randn(k, n).astype(dt)
        x = np.random.randn(k).astype(dt)
        show("A@B", A @ B)
        show("x@B", x @ B)
        show("dot(B.T,x)", np.dot(B.T, x))
        show("A@A.T", A @ A.T)
        show("dot(A,A.T)", np.dot(A, A.T))
        show("row@col", A[:1] @ B[:, :1].copy())
        show("F@slice", A.T.copy().T @ B[:, ::2])
        show("x@slice", x @ B[:, ::2])
show("batch", np.random.randn(3, 4, 5) @ np.random.randn(5, 6))
show("batch-vec", np.random.randn(2, 3, 7) @ np.random.randn(7))
show("mixed", np.random.randn(3, 20) @ np.random.randn(20, 2).astype(np.float32))
