import numpy as np

a = np.arange(24).reshape(2, 3, 4)
b = np.arange(8).reshape(4, 2)
print(a @ b, (np.ones((5, 1, 2, 3)) @ np.ones((4, 3, 2))).shape, a @ np.arange(4), np.arange(3) @ a)
x = np.arange(12.0).reshape(2, 2, 3) / 3
print(x @ x.transpose(0, 2, 1), np.matmul(x, np.ones(3)), np.arange(3) @ np.arange(3), np.ones((2, 3)) @ np.ones(3))
w = np.arange(6, dtype=np.float32).reshape(3, 2)
print(repr(np.ones((2, 2, 3), dtype=np.float32) @ w))
for p, q in [(np.ones((2, 3)), np.ones((2, 3))), (np.ones(3), np.float64(2)), (np.ones((2, 2, 3)), np.ones((3, 3, 2)))]:
    try:
        p @ q
    except ValueError as e:
        print("ValueError:", e)
np.dot(np.ones((2, 3)), np.ones((2, 3)))
