# numpy lays out an element-wise result as its operands are laid out (order "K"), and adds
# all of an array's elements in memory order: one pairwise sum along a single stride, else
# pairwise sums of whole inner rows, as many as fill its 8192-element buffer, one after
# another. The last digits of such sums depend on it.
import numpy as np

x = np.arange(12.).reshape(3, 4)
z = np.arange(12.).reshape(4, 3)
print((x[::-1] * 2).strides, (x[:, ::-1] * 2).strides, (x.T * 2).strides, (x.T[::-1] * 2).strides)
print((x[:, ::2] * 2).strides, (x.T[:, ::2] * 2).strides, (x.T + x.T).strides, (x.T + z).strides)
print((z + x.T).strides, (x.T + 1).strides, np.exp(x.T).strides, (-x.T).strides)
print((x.T > 2).strides, np.sqrt(x.T).strides, np.maximum(x.T, 0).strides, (x.T ** 2).strides)
print(np.abs(x.T).strides, (x.T * np.ones(3)).strides, (x.T * np.ones((4, 1))).strides)
y = np.zeros((4, 3, 2)).transpose(2, 0, 1)
print((y * 1).strides, (y + np.zeros((4, 3))).strides)
print((x.T * 2).flags['F_CONTIGUOUS'], (x.T * 2).flags['C_CONTIGUOUS'], x.T.copy().strides)
print(x.T.astype(np.float32).strides, np.array(x.T).strides, np.copy(x.T).strides)
print(np.asfortranarray(x).strides, np.ascontiguousarray(x.T).strides)
print((x.T * 2).reshape(-1), (x.T * 2).ravel(), (x.T * 2).tolist())
print(x.T * 2)

r = np.random.RandomState(0)
w = r.randn(60, 70)
print(repr(np.sum(w.T * 2)), repr(np.sum(w.T ** 2)), repr((w.T - 1).sum()))
print(repr(np.mean(np.exp(w.T))), repr(np.sum(np.asfortranarray(w) * 3)), repr(w.T.sum()))
v = r.randn(300, 300)
views = [v[::2], v[::2].T, v[::-1], v[:, ::-1], v[::-2, 1:], v[:, 5:200],
         r.randn(20, 30, 40).transpose(1, 0, 2), r.randn(20, 10000)[::2], r.randn(3, 20000)[::2],
         r.randn(300, 1, 300)[::2], r.randn(10, 20, 30, 40)[:, ::2, :, 1:].transpose(3, 1, 0, 2)]
for a in views:
    print(repr(a.sum()), repr(a.mean()), repr(a.astype(np.float32).sum()))

b = np.arange(8.0).reshape(2, 4).T
print(b.copy(order='F').strides, b.copy().strides, b.copy('A').strides, b.copy(order='K').strides)
print(np.ascontiguousarray(b).strides, np.asarray(b, order='C').strides, np.asarray(b).strides)
print(np.asarray(b.T, order='F').strides, np.array(b, order='C').strides, np.array(b).strides)
print(np.array([[1.0, 2.0], [3.0, 4.0]], order='F').strides, b.flatten(order='F'))
try:
    b.copy(order='Z')
except ValueError as e:
    print('ValueError', e)
