# divmod and pow over numbers, numpy values, classes with __rdivmod__, and CPython's refusals.
import numpy as np
print(divmod(np.float64(7.5), 2), divmod(np.array([7, -7]), 3), divmod(7, np.int64(2)), divmod(2**70, 7), divmod(True, 3), divmod(-7.5, 2))
for a, b in [('a', 1), (None, 1), (1, None), ([], []), (1, 'x')]:
    try: divmod(a, b)
    except TypeError as e: print(e)
class M:
    def __rdivmod__(self, o): return 'r'
print(divmod(3, M()))
try:
    divmod(M(), 3)
except TypeError as e:
    print(e)
print(pow(2, 10, 1000), pow(2.5, 2), pow(3, -1, 7))
for args in [([], 2, 3), (2.0, 2, 3), (2, 'a', 3), (2, 2, None)]:
    try: print(pow(*args))
    except (TypeError, ValueError) as e: print(type(e).__name__, e)
