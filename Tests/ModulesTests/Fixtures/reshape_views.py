# reshape gives a view wherever numpy's does (a slice with an offset, a transposed array whose
# axes split or merge as runs), so writes through it reach the base; ravel copies unless the
# elements lie in C order.
import numpy as np

p = np.zeros(30)
W = p[0:20].reshape(4, 5)
b = p[20:25].reshape(5, 1)
W[1, 2] = 7.0
b += 1
print(p)
print(W.base is p, b.base is p, W.flags['C_CONTIGUOUS'], W.flags['OWNDATA'])

a = np.arange(12).reshape(3, 4)
v = a[1:].reshape(-1)
v[0] = 100
print(a)
r = a[:, 1:3].reshape(6)
r[0] = -1
print(a, r.base is a)

t = a.T.reshape(4, 3)
t[0, 0] = 55
print(a[0, 0], np.shares_memory(t, a))
u = a.ravel()
u[1] = 77
print(a[0, 1])
m = a[::2].ravel()
m[0] = 9
print(a[0, 0], np.shares_memory(m, a))

x = np.arange(108.0).reshape(27, 4)
w = x.transpose(1, 0).reshape(4, 3, 3, 3)
print(w.strides, np.shares_memory(w, x))
w[0, 0, 0, 1] = 99.0
print(x[1, 0])
c = np.arange(12.0).reshape(3, 4).T
print(c.reshape(2, 2, 3).strides, c.reshape(12).strides, c.reshape(4, 3, 1).strides, c.reshape(4, 3).strides)
d = np.arange(24.0).reshape(2, 3, 4)[:, ::2, :]
print(d.reshape(4, 4).strides, d.reshape(2, 2, 2, 2).strides, d.reshape(16).strides)
e = np.arange(10.0)[::2]
print(e.reshape(5, 1).strides, e.reshape(1, 5).strides, e.ravel().strides, np.shares_memory(e.ravel(), e))
print(np.arange(6.0).reshape(2, 3)[:, ::-1].reshape(3, 2))
