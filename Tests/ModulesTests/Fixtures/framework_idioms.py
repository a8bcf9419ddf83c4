# A framework's numpy idioms (DeZero-style): np.add.at with slices, np.ndarray(shape, dtype), im2col
# by strided slices, os.path.expanduser, an optional cupy import.
import numpy as np
try:
    import cupy as cp
    gpu = True
except ImportError:
    gpu = False
print(gpu)
gy = np.zeros((3, 4)); np.add.at(gy, ([0, 2, 0], slice(None)), np.ones((3, 4))); print(gy)
print(np.broadcast_to(np.array([1, 2]), (2, 2)), np.ones_like(np.zeros((2, 1))), np.eye(3)[[0, 2]])
x = np.arange(6.0).reshape(2, 3)
print(x.transpose((1, 0)).shape, np.tanh(x).round(3), np.maximum(x, 2.5), x.sum(axis=1, keepdims=True))
lead = 1; y = np.ones((1, 2, 3)); axis = tuple(i + lead for i, sx in enumerate((1, 3)) if sx == 1)
print(y.sum(axis=(0,) + axis, keepdims=True).shape, np.squeeze(y.sum((0,) + axis, keepdims=True), 0).shape)
col = np.lib.stride_tricks.as_strided if hasattr(np.lib, "stride_tricks") else None
print(col is not None)
img = np.arange(2 * 1 * 4 * 4, dtype=np.float32).reshape(2, 1, 4, 4)
pad = np.pad(img, ((0, 0), (0, 0), (1, 1), (1, 1)), mode="constant", constant_values=(0,))
print(pad.shape, pad[0, 0, 0, :3])
N, C, H, W = img.shape; KH = KW = 2; SH = SW = 2; OH = (H - KH) // SH + 1; OW = (W - KW) // SW + 1
colm = np.ndarray((N, C, KH, KW, OH, OW), dtype=img.dtype)
for j in range(KH):
    j_lim = j + SH * OH
    for i in range(KW):
        i_lim = i + SW * OW
        colm[:, :, j, i, :, :] = img[:, :, j:j_lim:SH, i:i_lim:SW]
print(colm.transpose(0, 4, 5, 1, 2, 3).reshape(N * OH * OW, -1)[:2])
print(np.log(np.array([np.e])), np.clip(np.array([1e-20, 0.5]), 1e-15, 1.0), np.exp(np.array(-750.0)))
t = np.array([0, 2]); p = np.array([[0.1, 0.2, 0.7], [0.3, 0.3, 0.4]])
print(p[np.arange(2), t], -np.log(p[np.arange(2), t]).mean(), p.argmax(axis=1) == t)
import os
print(os.path.expanduser("~") != "~", os.path.join(os.path.expanduser("~"), ".dezero") != "")
