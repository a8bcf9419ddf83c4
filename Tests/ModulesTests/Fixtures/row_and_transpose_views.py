# Row views (a[i]) and transposed views (a.T) of arrays of two and more dimensions: writes
# through them reach the base, negative and out-of-range rows, iteration by rows, strides of
# views of views; argmax/argmin along rows with NaN and signed zeros.
import numpy as np
a = np.arange(24.0).reshape(2, 3, 4)
r = a[-1]
r[0, 0] = 100
print(a[1, 0, 0], r.shape, r.strides, a[0].base is a)
t = a.T
print(t.shape, t.strides, t[0, 0, 1])
t[3, 2, 1] = -5
print(a[1, 2, 3])
for row in a:
    print(row.shape, row.sum())
b = a[:, ::2]
print(b[1], b.T.shape, b[1].strides)
try:
    a[5]
except IndexError as e:
    print(e)
try:
    a[-3]
except IndexError as e:
    print(e)
v = np.arange(5)
print(v.T, v[2], [x for x in v][:2])
c = np.ones((3, 3))[1:, 1:]
print(c[0].strides, c.T.strides)
print(np.argmax(np.array([[1, 5, 3, float('nan')], [2, 2, -1, 0]]), axis=1), np.array([[0.0, -0.0]]).argmin(axis=1))
