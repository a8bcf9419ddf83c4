# Large element-wise results (+ - * / of float arrays whose operands and result pass 16 MB) are
# written with streaming stores: the same values as small ones, at any offset, with a scalar on
# either side, in float32 too, with numpy's floating-point errors.
import numpy as np

n = 1_100_003
a = np.arange(n) * 0.37 - 2000.0
b = np.cos(np.arange(n) * 0.001) * 3.0 + 0.5


def pieces(f, x, y):
    # The same operation 1000 elements at a time (small results: ordinary stores).
    return np.concatenate([f(x[i:i + 1000], y[i:i + 1000]) for i in range(0, len(x), 1000)])


for name, f in [('add', np.add), ('subtract', np.subtract), ('multiply', np.multiply),
                ('divide', np.divide)]:
    c = f(a, b)
    print(name, c.dtype, c.shape, c[:3].tolist(), c[-2:].tolist(), c[::123457].tolist())
    print(np.array_equal(c, pieces(f, a, b)))

# Operators, offsets (a result written through views that start one element in).
print((a + b)[5:8], (a[1:] - b[:-1])[:3], (a[3:] * b[:-3])[-3:], (a[:-7] / b[7:])[100:103])
out = np.empty(n + 1)
np.add(a, b, out=out[1:])
print(out[1:4], np.array_equal(out[1:], a + b))

# A scalar on either side.
print((a * 2.5)[::250000], (2.5 - a)[::250000], (1.0 / b)[:3], (b / 3.0)[-3:])
print(np.array_equal(a * 2.5, pieces(np.multiply, a, np.full(n, 2.5))))

# float32.
af = a.astype(np.float32)
bf = b.astype(np.float32)
for f in (np.add, np.subtract, np.multiply, np.divide):
    c = f(af, bf)
    print(c.dtype, c[:3], c[-3:], np.array_equal(c, pieces(f, af, bf)))
cf = af * np.float32(0.5)
print(cf.dtype, cf[::300000])

# Division by zero and invalid operations raise numpy's errors.
z = np.zeros(n)
z[::2] = 1.0
with np.errstate(all='raise'):
    try:
        a / z
    except FloatingPointError as e:
        print('FloatingPointError:', e)
    try:
        (a * 0) / z
    except FloatingPointError as e:
        print('FloatingPointError:', e)
with np.errstate(all='ignore'):
    q = a / z
    print(q[:4], np.isinf(q).sum(), np.isnan((a * 0) / z).sum())
big = np.full(n, 1e300)
with np.errstate(over='raise'):
    try:
        big * big
    except FloatingPointError as e:
        print('FloatingPointError:', e)
