# numpy's bool scalars are two objects: every bool result is np.True_ or np.False_.
import numpy as np
a = np.array([1, 2, 3])
print((a > 1)[1] is np.True_, (a > 1)[0] is np.False_, np.all(a > 0) is np.True_, np.any(a > 5) is np.False_)
print(np.bool_(1) is np.True_, (a == 2).any() is np.True_, a[0] == 1, type(a[0] == 1).__name__)
x = np.True_
x = x & np.False_
print(x, np.True_, np.False_, np.True_ + np.True_, [b for b in a > 1])
