# np.random.randint with a size (drawn in bulk into the array): numpy's draws for every dtype,
# range width (32-bit masked, exactly 2^32, 64-bit), empty sizes, and the RandomState object.
import numpy as np
np.random.seed(5)
print(np.random.randint(0, 60000, 10), np.random.randint(5, size=(2, 3)), np.random.randint(-3, 3, 4, dtype=np.int32), np.random.randint(0, 2**40, 3), np.random.randint(0, 256, 5, dtype=np.uint8), np.random.randint(0, 2, 5, dtype=bool))
print(np.random.randint(10), np.random.randint(0, 1, 3), np.random.randint(-2**63, 2**63 - 1, 2), np.random.randint(0, 2**32, 3), np.random.randint(0, 2**32 - 1, 3))
print(np.random.randint(0, 10, 0), np.random.randint(0, 10, (2, 0)).shape, np.random.rand())
rs = np.random.RandomState(3); print(rs.randint(0, 100, 6), rs.randint(1, 7, size=4, dtype=np.int64))
