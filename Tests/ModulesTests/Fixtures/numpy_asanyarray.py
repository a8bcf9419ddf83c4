# np.asanyarray: asarray's answer (an array is itself; lists, tuples, strings become arrays).
import numpy as np
a = np.ones(2)
print(np.asanyarray(a) is a, np.asanyarray([1, 2]), np.asanyarray((1.5,), dtype=np.float32), np.asanyarray(["a", "bc"]))
