# np.array of lists and tuples of Python ints and floats, one or two levels deep (read straight
# into the array), beside the cases left to the general conversion (bools, numpy scalars, empty
# and ragged lists, deeper nesting); as numpy builds and prints them.
import numpy as np
for v in [[1, 2], [1.5, 2], (3, 4, 5), [[1, 2], [3, 4]], [[1.0, 2], [3, 4]], [(1, 2), [3, 4.5]], [[1, 2, 3]],
          [-2**63, 2**63 - 1], [0.1, -0.0, float('inf'), float('nan')], [[1, 2], [3.5, 4]]]:
    a = np.array(v)
    print(repr(a), a.dtype, a.shape, a.flags['C_CONTIGUOUS'])
print(repr(np.array([True, 2])), repr(np.array([])), repr(np.array([[]])), repr(np.array([np.float32(1), 2])))
try:
    np.array([[1, 2], [3]])
except ValueError as e:
    print("ValueError", e)
b = np.array([[1, 2], [3, 4]]); b[0, 0] = 9; print(b, np.asarray([1, 2]) + 1, np.array([1, 2]) * 0.5)
print(np.array([[1, 2], (3, 4)]).sum(axis=0), np.array([[[1, 2]], [[3, 4]]]).shape)
