# exp and log of special values at every position of a block of eight, and what each raises:
# the vector kernels compute the ordinary lanes and set the special ones aside.
import numpy as np

np.seterr(all='raise', under='ignore')
specials = [0.0, -0.0, -1.0, np.inf, -np.inf, np.nan, 1e-310, 5e-324, 1e308, -745.2, -708.0,
            -707.0, 707.7, 708.0, 709.7, 709.8, 710.0, 1e-20, -1e-20]
for name in ('exp', 'log'):
    f = getattr(np, name)
    for v in specials:
        for position in (0, 3, 7, 9):
            x = np.linspace(0.5, 4.0, 11)
            x[position] = v
            try:
                y = f(x)
                print(name, v, position, float(y[position]).hex(), float(y.sum()).hex())
            except FloatingPointError as e:
                print(name, v, position, 'FloatingPointError:', e)
np.seterr(all='ignore')
x = np.linspace(-750, 750, 100001)
print(float(np.exp(x)[:60000].sum()).hex(), float(np.log(np.abs(x) + 1e-300).sum()).hex())
b = x.copy()
np.exp(b, out=b)
print(np.array_equal(b, np.exp(x)))
