# Bitwise operators and shifts: ints in place (bools, sets, big ints, negative counts the
# general way) and numpy arrays (numpy's shift rules, uint8 wrapping, float refusal).
def f():
    i, j, b = 12345, -7, True
    print(i & 255, i | 3, i ^ j, j & 255, j >> 1, j >> 100, i >> 64, 1 << 62, 1 << 63, 3 << 70, -1 << 63, -5 << 2)
    print(b & False, b | False, b ^ True, True & 3, {1, 2} & {2}, {1} | {3}, i & b)
    import numpy as np
    a = np.arange(5)
    print(a & 1, 3 | a, a >> 1, 1 << a)
    for bad in (lambda: i << -1, lambda: i >> -2, lambda: i & 1.5, lambda: "a" | 1):
        try:
            bad()
        except Exception as e:
            print(type(e).__name__, e)
f()
x = 2**70
print(x & 0xFF, x >> 3, x | 1, 5 & 3)
import numpy as np
a = np.arange(5)
u = np.array([1, 128, 255], dtype=np.uint8)
print(a << 2, a >> 1, 1 << a, 256 >> a, np.left_shift(a, 3), np.right_shift(-a, 1), (-a) >> 70, a << 64)
print(u << 1, (u << 1).dtype, u >> 3, np.int32(7) >> 1, np.array([-8], dtype=np.int32) >> 1)
print(np.left_shift, a.dtype)
try:
    np.arange(3.0) << 1
except TypeError as e:
    print(e)
