# ufunc calls with out= (keyword, positional, one-array tuple), where= with out, numpy's
# casting and shape refusals, and unknown keywords.
import numpy as np
a = np.ones(3); b = np.arange(3.0)
r = np.add(a, b, out=a)
print(a, r is a)
c = np.zeros(3)
np.exp(b, out=c)
print(c)
np.multiply(a, 2, out=a)
print(a)
for t in ["np.ceil(b, decimals=1)", "np.add(a, b, foo=1)"]:
    try:
        print(t, "->", repr(eval(t)))
    except Exception as e:
        print(t, "->", e)
x = np.arange(6).reshape(2, 3)
for t in ["np.add(x, 1, out=np.zeros(3))", "np.multiply(x, 0.5, out=x)", "np.add(1, 2, out=np.zeros(3))", "np.negative(b, b)", "np.subtract(a, b, (np.empty(3),))", "np.add(a, b, out=[1, 2, 3])", "np.add(a, b, np.empty(3), np.empty(3))", "np.maximum(b, 1, out=np.zeros(3), where=[True, False, True])", "np.sqrt(np.array([4.0, 9.0]), out=np.ones(2), where=np.array([False, True]))", "np.greater(a, b, out=np.zeros(3, dtype=bool))"]:
    try:
        print(t, "->", repr(eval(t)))
    except Exception as e:
        print(t, "->", e)
