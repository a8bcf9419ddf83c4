# Small results are recycled once the program drops them (RecentResults): a result that is
# still referenced anywhere -- a name, a list, a view, an iterator, a figure's data -- must
# keep its values.
import numpy as np

a = np.array([[1.0, 2.0], [3.0, 4.0]])
f = np.array([[1.5, -2.0], [0.25, 8.0]], dtype=np.float32)

# Results kept in a list while more are made.
kept = []
for i in range(10):
    kept.append(a + a * 0 + i)
    kept.append(a * a)
    kept.append(f - f)
print([float(k.sum()) for k in kept])

# Results that are dropped and made again, in a loop, with their values checked each time.
total = 0.0
for i in range(50):
    c = a + a
    d = a - a
    e = a * a
    total += c[1, 1] + d[0, 0] + e[0, 1]
print(total)

# A view outlives its array's name.
v = a + a
w = v.reshape(4)
t = v.T
del v
for i in range(8):
    x = a + a
    y = a * a
print(w, t)
w[0] = 100.0
print(t)

# An iterator over a dropped result.
it = iter(a + a)
for i in range(8):
    z = a - a
print(list(it))

# A result's row taken as an array: the row views the result.
r = (a * a)[0]
for i in range(8):
    z = a + a
print(r)

# Identity: two live results are different objects; a result is itself.
p = a + a
q = a + a
print(p is q, p is p)

# In-place updates of a result that was made from a recycled one.
for i in range(6):
    m = a + a
    m += 1
    m *= 2
print(m)

# float32 and float64 results of the same shape do not stand for each other.
for i in range(6):
    g = f + f
    h = a + a
print(g, g.dtype, h, h.dtype)

# Shapes: a (2, 2) result is not reused for a (4,) or (2, 2) transposed one.
u = np.array([1.0, 2.0, 3.0, 4.0])
for i in range(6):
    k1 = a + a
    k2 = u + u
    k3 = a.T + a.T
print(k1, k2, k3)

# Scalars: kept ones keep their values; dropped ones are made again.
s = [a[i % 2, (i // 2) % 2] for i in range(8)]
print(s)
acc = []
for i in range(20):
    v1 = a[0, 1]
    v2 = f[1, 1]
    v3 = a[1, 0] > 2.0
    acc.append(float(v1) + float(v2) + float(v3))
print(acc[-3:], v1, v2, v3, type(v1).__name__, type(v2).__name__, type(v3).__name__)
x1 = a[0, 0]
x2 = a[0, 0]
print(x1 is x2, x1 == x2)
sc = np.float64(2.5)
for i in range(10):
    sc = sc * 2.0
print(sc, repr(sc))

# A figure's data outlives the name of the array it was drawn from.
import matplotlib
matplotlib.use('svg')
import matplotlib.pyplot as plt
ys = a.ravel() + a.ravel()
line, = plt.plot(ys)
del ys
for i in range(8):
    n1 = a.ravel() + a.ravel() * 10
print(line.get_ydata())
plt.close()

# 0-d operands give numpy scalars, not recycled arrays.
z0 = np.array(2.0)
print(repr(z0 + z0), repr(z0 * np.float64(3.0)), repr(np.array(1.5, dtype=np.float32) - np.array(0.5, dtype=np.float32)))

# Row views (a[i], for row in a) are recycled too: a row still named, listed or viewed keeps
# its place; a dropped one is moved to the next row asked for.
m = np.arange(20.0).reshape(4, 5)
held = [m[i] for i in range(4)]
for i in range(10):
    r = m[i % 4]
    s = m[-1]
print(held, r, s)
x, y = m[0], m[1]
for i in range(6):
    q = m[2]
print(x, y, q)
rows = []
for row in m:
    rows.append(row)
print(rows)
for row in m:
    row += 1.0
print(m)
t3 = np.arange(24).reshape(2, 3, 4)
inner = t3[1][2]
for i in range(6):
    u = t3[0]
    u2 = t3[1][0]
print(inner, u, u2)
mr = m[3]
del m
for i in range(6):
    k = a[0]
print(mr, mr.base is not None)
# Reshaped in place: a dropped row of another shape is not moved.
h = np.arange(6.0).reshape(2, 3)
hr = h[0]
hr.shape = (3, 1)
del hr
for i in range(4):
    hh = h[1]
print(hh, hh.shape)

# argmax/argmin along an axis: the positions go into a dropped result of their layout.
g = np.array([[1.0, 5.0, 2.0], [7.0, 0.0, 3.0], [4.0, 4.0, 9.0]])
picks = [g.argmax(axis=1), g.argmax(1), g.argmin(axis=0), np.argmax(g, axis=1), np.argmin(g, 1)]
for i in range(8):
    p1 = g.argmax(axis=1)
    p2 = (g * -1).argmax(axis=-1)
    p3 = g.argmin(axis=1)
print(picks, p1, p2, p3)
print(g.argmax(axis=1, keepdims=True), g.argmax(axis=None), np.argmax(g[0], axis=0))
try:
    g.argmax(axis=2)
except Exception as e:
    print(type(e).__name__, e)
