# ufunc objects: attributes, reduce/accumulate/outer/at (unbuffered, repeated indices), the comparison and bitwise ufuncs.
import numpy as np
print(np.add.identity, np.multiply.identity, np.maximum.identity, np.logical_and.identity, np.logical_or.identity, np.subtract.identity, np.exp.nin, np.add.nargs, repr(np.add), type(np.add), np.add.__name__, isinstance(np.exp, np.ufunc), repr(np.abs))
for f in [lambda: np.exp.reduce([1, 2]), lambda: np.maximum.reduce([]), lambda: np.add.at(np.zeros(3), [0]), lambda: np.subtract.reduce(np.ones((2, 0)), axis=1)]:
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
print(repr(np.add.reduce([1, 2, 3])), repr(np.add.reduce(np.ones((2, 3)), axis=1)), repr(np.maximum.accumulate([1, 3, 2, 5])), np.multiply.outer([1, 2], [3, 4, 5]))
print(repr(np.maximum.reduce(np.array([[1, 5], [4, 2]]))), repr(np.subtract.reduce([10, 1, 2])), repr(np.add.reduce(np.arange(6).reshape(2, 3), axis=None)))
print(repr(np.minimum.accumulate(np.array([[3, 1], [2, 4], [0, 5]]))), repr(np.add.accumulate([1, 2, 3])), repr(np.multiply.accumulate([1.5, 2, 3])))
print(repr(np.add.reduce(np.arange(6).reshape(2, 3), axis=0, keepdims=True)), repr(np.logical_or.reduce([False, True])), repr(np.power.reduce([2, 3, 2])))
print(np.subtract.outer(np.arange(3), np.arange(2)), np.equal.outer([1, 2], [2, 1]))
x = np.zeros(5); np.add.at(x, [0, 1, 1, 3], 1); print(x)
x = np.zeros((3, 2)); np.add.at(x, [0, 2, 0], np.array([[1, 2], [3, 4], [5, 6]])); print(x)
x = np.arange(5.); np.negative.at(x, [0, 1, 1]); print(x)
x = np.ones(4); np.multiply.at(x, (np.array([1, 1, 2]),), 3); print(x)
x = np.zeros((2, 3)); np.add.at(x, (np.array([0, 1, 0]), np.array([2, 2, 2])), 1.5); print(x)
W = np.zeros((4, 3)); idx = np.array([1, 3, 1]); dout = np.arange(9.0).reshape(3, 3); np.add.at(W, idx, dout); print(W)
print(np.equal([1, 2, 3], 2), np.greater(np.arange(4), 1), np.less_equal(2, 3), np.bitwise_and(12, 10), np.invert(np.array([1, 2])), np.fmax([1, np.nan], [np.nan, 0]), np.radians(180.0))
print(np.add(1, 2), np.maximum(np.arange(3), 1), np.exp(0.0), np.sqrt(np.array([4.0])))
