# reshape's errors word the requested shape as numpy does: no spaces, -1 as newaxis, leading
# unknown dimensions left out.
import numpy as np
a = np.arange(6)
for shape in [(4, 4), (4,), (4, -1), (-1, 4), (2, 2, 2), (), (-1, -1), (5, -1, 2), (-1, -1, 4)]:
    try:
        print(shape, a.reshape(shape).shape)
    except ValueError as e:
        print(shape, e)
for args in [(4, 4), (7,), (-1, 5)]:
    try:
        np.reshape(a, args)
    except ValueError as e:
        print(args, e)
print(a.reshape(-1, 3).shape, a.reshape(3, -1).shape)
