# np.dot of vectors (BLAS ddot/sdot, as numpy), N-D np.dot, np.linalg.norm with ord, axis and keepdims.
# tolerance: rtol=1e-6 atol=1e-12 (BLAS rounds differently on different processors; float32 sums too)
import numpy as np
np.random.seed(4)
v = np.random.randn(1000)
w = np.random.randn(1000)
print(repr(np.dot(v, w)), repr(v @ w), repr(np.dot(v[::-3], w[::-3])), repr(np.dot(v.astype(np.float32), w.astype(np.float32))))
print(repr(np.linalg.norm(v)), repr(np.linalg.norm(v.astype(np.float32))), repr(np.linalg.norm([3, 4])))
m = np.random.randn(4, 5)
for order in [None, 1, 2, 3, 0, np.inf, -np.inf, -1, 0.5]:
    print(order, np.linalg.norm(m, ord=order, axis=1), np.linalg.norm(m, ord=order, axis=0, keepdims=True))
for order in [None, "fro", 1, -1, np.inf, -np.inf, 2, -2, "nuc"]:
    print(order, round(float(np.linalg.norm(m, ord=order)), 12), np.linalg.norm(m, ord=order, keepdims=True))
t = np.random.randn(2, 3, 4)
print(np.linalg.norm(t, axis=(1, 2)), np.linalg.norm(t, axis=-1), np.linalg.norm(t, ord=1, axis=(0, 2)))
a = np.arange(24).reshape(2, 3, 4)
b = np.arange(20).reshape(4, 5)
print(np.dot(a, b), np.dot(a, np.arange(4)), np.dot(np.arange(3), np.arange(24).reshape(2, 3, 4)).shape)
print(np.dot(a.astype(float), np.ones((2, 4, 3))).shape, np.dot(np.ones((2, 2, 3)), np.ones((3,))))
for bad in [lambda: np.dot(a, np.ones((3, 2))), lambda: np.linalg.norm(m, ord="fro", axis=0), lambda: np.linalg.norm(m, ord="nuc", axis=0)]:
    try:
        print(bad())
    except ValueError as e:
        print("ValueError:", e)
