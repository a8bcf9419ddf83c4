# numpy errors as numpy words them: broadcasting (all operands of np.where), matmul and dot
# shapes, reshape, indices, axes (swapaxes names the argument; transpose refuses a repeated
# axis), concatenation, linalg (solve1 for a 1-D right-hand side), sizes, random draws, the
# truth value of an empty array, and conversions.
import numpy as np
import warnings
warnings.simplefilter('ignore')
try:
    print(0, repr(np.ones((2, 3)) + np.ones((3, 2))))
except Exception as e:
    print(0, type(e).__name__ + ":", e)
try:
    print(1, repr(np.ones((2, 3)) @ np.ones((2, 3))))
except Exception as e:
    print(1, type(e).__name__ + ":", e)
try:
    print(2, repr(np.dot(np.ones((2, 3)), np.ones((2, 3)))))
except Exception as e:
    print(2, type(e).__name__ + ":", e)
try:
    print(3, repr(np.ones(6).reshape(4, 2)))
except Exception as e:
    print(3, type(e).__name__ + ":", e)
try:
    print(4, repr(np.ones((2, 3))[2]))
except Exception as e:
    print(4, type(e).__name__ + ":", e)
try:
    print(5, repr(np.ones((2, 3))[0, 5]))
except Exception as e:
    print(5, type(e).__name__ + ":", e)
try:
    print(6, repr(np.ones((2, 3))[:, 3]))
except Exception as e:
    print(6, type(e).__name__ + ":", e)
try:
    print(7, repr(np.ones(3)[[0, 5]]))
except Exception as e:
    print(7, type(e).__name__ + ":", e)
try:
    print(8, repr(np.ones(3)[np.array([True, False])]))
except Exception as e:
    print(8, type(e).__name__ + ":", e)
try:
    print(9, repr(np.ones((2, 3)).sum(axis=2)))
except Exception as e:
    print(9, type(e).__name__ + ":", e)
try:
    print(10, repr(np.concatenate([np.ones((2, 3)), np.ones((3, 2))])))
except Exception as e:
    print(10, type(e).__name__ + ":", e)
try:
    print(11, repr(np.concatenate([np.ones((2, 3)), np.ones((2, 2))], axis=0)))
except Exception as e:
    print(11, type(e).__name__ + ":", e)
try:
    print(12, repr(np.vstack([np.ones(3), np.ones(2)])))
except Exception as e:
    print(12, type(e).__name__ + ":", e)
try:
    print(13, repr(np.stack([np.ones(3), np.ones(2)])))
except Exception as e:
    print(13, type(e).__name__ + ":", e)
try:
    print(14, repr(np.linalg.inv(np.ones((2, 2)))))
except Exception as e:
    print(14, type(e).__name__ + ":", e)
try:
    print(15, repr(np.linalg.inv(np.ones((2, 3)))))
except Exception as e:
    print(15, type(e).__name__ + ":", e)
try:
    print(16, repr(np.linalg.solve(np.eye(2), np.ones(3))))
except Exception as e:
    print(16, type(e).__name__ + ":", e)
try:
    print(17, repr(np.array([1, 2]).astype('foo')))
except Exception as e:
    print(17, type(e).__name__ + ":", e)
try:
    print(18, repr(np.zeros(-1)))
except Exception as e:
    print(18, type(e).__name__ + ":", e)
try:
    print(19, repr(np.zeros((2, -1))))
except Exception as e:
    print(19, type(e).__name__ + ":", e)
try:
    print(20, repr(np.arange(0, 10, 0)))
except Exception as e:
    print(20, type(e).__name__ + ":", e)
try:
    print(21, repr(np.random.choice(5, 10, replace=False)))
except Exception as e:
    print(21, type(e).__name__ + ":", e)
try:
    print(22, repr(np.random.choice([], 1)))
except Exception as e:
    print(22, type(e).__name__ + ":", e)
try:
    print(23, repr(np.random.randint(5, 1)))
except Exception as e:
    print(23, type(e).__name__ + ":", e)
try:
    print(24, repr(np.random.normal(0, -1)))
except Exception as e:
    print(24, type(e).__name__ + ":", e)
try:
    print(25, repr(np.ones(3).T @ np.ones(4)))
except Exception as e:
    print(25, type(e).__name__ + ":", e)
try:
    print(26, repr(np.ones((2, 2))[None, :, None].shape))
except Exception as e:
    print(26, type(e).__name__ + ":", e)
try:
    print(27, repr(np.mean(np.ones((2, 3)), axis=(0, 3))))
except Exception as e:
    print(27, type(e).__name__ + ":", e)
try:
    print(28, repr(np.argmax(np.array([]))))
except Exception as e:
    print(28, type(e).__name__ + ":", e)
try:
    print(29, repr(np.max(np.array([]))))
except Exception as e:
    print(29, type(e).__name__ + ":", e)
try:
    print(30, repr(np.array(['a', 'b']) if False else np.ones(2).item()))
except Exception as e:
    print(30, type(e).__name__ + ":", e)
try:
    print(31, repr(np.ones(2).item()))
except Exception as e:
    print(31, type(e).__name__ + ":", e)
try:
    print(32, repr(np.array([[1, 2], [3]])))
except Exception as e:
    print(32, type(e).__name__ + ":", e)
try:
    print(33, repr(np.sqrt(np.array([-1.0]))))
except Exception as e:
    print(33, type(e).__name__ + ":", e)
try:
    print(34, repr(np.log(np.array([0.0]))))
except Exception as e:
    print(34, type(e).__name__ + ":", e)
try:
    print(35, repr(np.array([1]) / np.array([0])))
except Exception as e:
    print(35, type(e).__name__ + ":", e)
try:
    print(36, repr(np.array([1.0]) / 0))
except Exception as e:
    print(36, type(e).__name__ + ":", e)
try:
    print(37, repr(np.int64(1) / 0))
except Exception as e:
    print(37, type(e).__name__ + ":", e)
try:
    print(38, repr(np.float64(1) / 0))
except Exception as e:
    print(38, type(e).__name__ + ":", e)
try:
    print(39, repr(np.ones((3, 3))[::2, ::2].copy().strides))
except Exception as e:
    print(39, type(e).__name__ + ":", e)
try:
    print(40, repr(np.split(np.arange(7), 3)))
except Exception as e:
    print(40, type(e).__name__ + ":", e)
try:
    print(41, repr(np.reshape(np.arange(6), (2, -1, -1))))
except Exception as e:
    print(41, type(e).__name__ + ":", e)
try:
    print(42, repr(np.transpose(np.ones((2, 3)), (0, 0))))
except Exception as e:
    print(42, type(e).__name__ + ":", e)
try:
    print(43, repr(np.swapaxes(np.ones((2, 3)), 0, 5)))
except Exception as e:
    print(43, type(e).__name__ + ":", e)
try:
    print(44, repr(np.expand_dims(np.ones(2), 3)))
except Exception as e:
    print(44, type(e).__name__ + ":", e)
try:
    print(45, repr(np.squeeze(np.ones((2, 1)), axis=0)))
except Exception as e:
    print(45, type(e).__name__ + ":", e)
try:
    print(46, repr(np.tile(np.ones(2), -1)))
except Exception as e:
    print(46, type(e).__name__ + ":", e)
try:
    print(47, repr(np.eye(2)[np.newaxis].shape))
except Exception as e:
    print(47, type(e).__name__ + ":", e)
try:
    print(48, repr(int(np.array([1, 2]))))
except Exception as e:
    print(48, type(e).__name__ + ":", e)
try:
    print(49, repr(float(np.ones((2, 2)))))
except Exception as e:
    print(49, type(e).__name__ + ":", e)
try:
    print(50, repr(bool(np.array([]))))
except Exception as e:
    print(50, type(e).__name__ + ":", e)
try:
    print(51, repr(len(np.float64(1.0))))
except Exception as e:
    print(51, type(e).__name__ + ":", e)
try:
    print(52, repr(np.ones(2)[1.5]))
except Exception as e:
    print(52, type(e).__name__ + ":", e)
try:
    print(53, repr(np.ones(2)['a']))
except Exception as e:
    print(53, type(e).__name__ + ":", e)
try:
    print(54, repr(np.where(np.ones(3) > 0, np.ones(2), 0)))
except Exception as e:
    print(54, type(e).__name__ + ":", e)
try:
    print(55, repr(np.clip(np.ones(3), 2, 1)))
except Exception as e:
    print(55, type(e).__name__ + ":", e)
try:
    print(56, repr(np.linspace(0, 1, -1)))
except Exception as e:
    print(56, type(e).__name__ + ":", e)
try:
    print(57, repr(np.histogram(np.ones(3), bins=0)))
except Exception as e:
    print(57, type(e).__name__ + ":", e)
try:
    print(58, repr(np.unique(np.array([3, 1, 2]), axis=1)))
except Exception as e:
    print(58, type(e).__name__ + ":", e)
try:
    print(59, repr(np.percentile(np.ones(3), 150)))
except Exception as e:
    print(59, type(e).__name__ + ":", e)
