# unravel_index, ravel_multi_index, tensordot, indices, cross, broadcast_shapes against numpy.
import numpy as np
a = np.arange(24).reshape(2, 3, 4)
print(np.unravel_index(17, (2, 3, 4)), np.unravel_index([5, 17], (2, 3, 4)))
print(np.unravel_index(np.argmax(a), a.shape), np.unravel_index(7, (3, 4), order="F"))
print(np.ravel_multi_index(([1, 0], [2, 1], [1, 3]), (2, 3, 4)), np.ravel_multi_index((1, 2, 1), (2, 3, 4)))
for t in ["np.unravel_index(24, (2, 3, 4))", "np.unravel_index(1.5, (2, 3))", "np.ravel_multi_index((2, 0), (2, 3))"]:
    try:
        print(eval(t))
    except Exception as e:
        print(t, type(e).__name__, e)
x = np.arange(6.0).reshape(2, 3)
y = np.arange(12.0).reshape(3, 4)
print(np.tensordot(x, y, axes=1))
print(np.tensordot(a, np.arange(12).reshape(3, 4), axes=([1, 2], [0, 1])))
print(np.tensordot(x, x, axes=2), np.tensordot(x, x, axes=0).shape)
print(np.indices((2, 3)))
print(np.indices((2, 2), sparse=True))
print(np.cross([1, 2, 3], [4, 5, 6]), np.cross([[1, 0, 0]], [[0, 1, 0]]))
print(np.broadcast_shapes((2, 1), (3,)), np.broadcast_shapes(), np.broadcast_shapes(5, (1, 5)))
try:
    np.broadcast_shapes((2,), (3,))
except ValueError as e:
    print(e)
