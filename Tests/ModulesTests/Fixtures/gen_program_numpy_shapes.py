# Generated: numpy shapes.
import numpy as np
a = np.arange(24)
b = a.reshape(2, 3, 4)
print(b.shape, b.transpose(2, 0, 1).shape, b.swapaxes(0, 2).shape, b[..., 1], b[:, None, 0].shape)
print(np.concatenate([b, b], axis=1).shape, np.stack([a, a]).shape, np.vstack([a[:4], a[4:8]]))
print(np.hstack([a[:3], a[-3:]]), np.split(a[:6], 3), np.tile([1, 2], 3), np.repeat([1, 2], 2))
print(np.expand_dims(a[:3], 0), np.squeeze(np.ones((1, 3, 1))).shape, np.flip(a[:5]), a.reshape(4, -1))
