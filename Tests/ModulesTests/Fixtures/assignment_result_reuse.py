# `c = a op b` of large arrays may be written into the array c held when nothing else refers
# to it: every other holder of the old array must still see its old values, and a failing
# operation must leave c as it was.
import numpy as np

n = 40000  # 320 KB of float64: above the size results are written in place from
a = np.arange(n, dtype=np.float64)
b = np.full(n, 0.5)
c = a + b
print(c[:3], c[-2:], c.dtype)
for step in range(3):
    c = a * b
    c = c + a  # the old c is an operand
    c = a - c
print(c[:3], c.sum())

old = c
c = a + b
print(old[:3], c[:3], old is c)

held = [c]
c = a / b
print(held[0][:3], c[:3])

view = c[::1000]
c = a * 2.5
print(view[:4], c[:3], view.base is not None)

d = {'k': c}
c = a + 1
print(d['k'][:3], c[:3])

# A failing operation: the name keeps its array, and its values.
before = c.copy()
try:
    c = a + np.ones(7)
except ValueError as e:
    print('ValueError', e)
print(np.array_equal(c, before))
try:
    c = a + undefined_name
except NameError as e:
    print('NameError', e)
print(np.array_equal(c, before))
zeros = np.zeros(n)
with np.errstate(divide='raise', invalid='raise'):
    try:
        c = a / zeros
    except FloatingPointError as e:
        print('FloatingPointError', e)
print(np.array_equal(c, before))
with np.errstate(divide='ignore', invalid='ignore'):
    c = a / zeros
print(c[:3], np.isinf(c).sum())

# float32 with Python numbers (they take the array's dtype), and other dtypes and shapes.
f = np.arange(2 * n, dtype=np.float32)
g = f * 0.1
g = f * 0.1
print(g.dtype, g[:3], g[-1])
g = f + 1
g = f + 1
print(g.dtype, g[:2])
g = f / 3
print(g.dtype, g[1], (f / 3)[1] == g[1])
c = np.zeros(n)
c = f[:n] + f[:n]
print(c.dtype, c[:3])
ints = np.arange(n)
k = ints + ints
k = ints + ints
print(k.dtype, k[-1])
row = np.ones((200, 200))
m = row + np.arange(200.0)
m = row + np.arange(200.0)
print(m.shape, m[1, :3])
m = row * row.T
m = row.T * row
print(m.flags['C_CONTIGUOUS'], m[0, :2])

# A view as the name's value: its base keeps its values.
base = np.zeros(2 * n)
c = base[:n]
c = a + b
print(base[:3], c[:3], base.sum())

# In a function, and through a global statement.
def step(x, y):
    z = x + y
    for _ in range(3):
        z = x * y
    return z
print(step(a, b)[:3])
total = None
def accumulate():
    global total
    total = a + b
    total = a - b
accumulate()
print(total[:3])
kept = []
def keep():
    w = a + b
    kept.append(w)
    w = a * b
    return w
print(keep()[:3], kept[0][:3])
def outer():
    v = a + b
    def inner():
        nonlocal v
        v = a * b
    inner()
    return v
print(outer()[:3])
