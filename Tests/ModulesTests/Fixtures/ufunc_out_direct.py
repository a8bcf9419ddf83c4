# Ufuncs writing into out=: in place, into another array, into overlapping views, and the
# cases numpy refuses; the special values every float kernel sets aside.
import numpy as np

np.seterr(all='ignore')
vals = np.array([0.0, -0.0, -1.0, np.inf, -np.inf, np.nan, 1e-310, 2.0, 0.5, 1e308, -745.2,
                 709.8, 3.0, 4.0, 5.0, 6.0, 7.0])
for dt in (np.float64, np.float32):
    for name in ('exp', 'log', 'tanh', 'sqrt', 'log1p', 'sin', 'abs', 'square', 'negative',
                 'log10', 'exp2', 'floor'):
        f = getattr(np, name)
        a = vals.astype(dt)
        expected = f(a.copy())
        b = a.copy()
        same = f(b, out=b) is b
        c = np.empty_like(a)
        given = f(a, c) is c
        print(name, dt.__name__, same, given, np.array_equal(expected, b, equal_nan=True),
              np.array_equal(expected, c, equal_nan=True))

a = np.arange(12.0).reshape(3, 4)
b = np.ones((3, 4))
np.add(a, b, out=a)
print(a)
np.multiply(a, a, out=a)
print(a)
np.subtract(b, a, out=a)
print(a)
np.divide(a, b, a)
print(a)
np.true_divide(a, 4.0, out=a)
print(a)

# Overlapping views: computed as if the inputs were copied first.
x = np.arange(6.0)
np.exp(x[:-1], out=x[1:])
print(x)
y = np.arange(6.0)
np.add(y[:-1], y[1:], out=y[1:])
print(y)
z = np.arange(8.0)
np.negative(z[::2], out=z[1::2])
print(z)

# Other dtypes, broadcasting, layouts.
i = np.arange(4)
np.add(i, i, out=i)
print(i)
f32 = np.ones(3, dtype=np.float32)
np.exp(np.zeros(3, dtype=np.float32), out=f32)
print(f32)
try:
    np.add(np.ones(3), np.ones(3), out=f32)
except Exception as e:
    print(type(e).__name__, e)
print(np.sqrt(np.arange(4.0), out=np.empty((2, 4))))
t = np.zeros((4, 3)).T
np.exp(np.ones((3, 4)), out=t)
print(t)
w = np.zeros(3)
print(np.log(np.array([1.0, 2.0, 4.0]), out=(w,)), w)

# Floating-point errors are reported as without out=.
np.seterr(all='raise')
for call in (lambda: np.divide(np.ones(3), np.zeros(3), out=np.zeros(3)),
             lambda: np.log(np.zeros(2), out=np.ones(2)),
             lambda: np.sqrt(-np.ones(2), out=np.ones(2)),
             lambda: np.exp(np.array([1000.0]), out=np.ones(1)),
             lambda: np.multiply(np.array([1e300]), np.array([1e300]), out=np.ones(1))):
    try:
        call()
    except FloatingPointError as e:
        print('FloatingPointError:', e)
