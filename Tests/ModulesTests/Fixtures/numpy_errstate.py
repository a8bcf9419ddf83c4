# np.seterr / np.geterr / np.errstate: ignore, raise (FloatingPointError), print, warn.
import numpy as np
a = np.array([1.0, 0.0, -1.0])
print(np.geterr())
with np.errstate(divide="ignore", invalid="ignore"):
    print(a / 0, np.log(a))
old = np.seterr(all="raise")
print(old, np.geterr())
for f in [lambda: a / 0, lambda: np.exp(np.array([1000.0])), lambda: np.sqrt(np.array([-1.0])), lambda: np.float64(1) / 0]:
    try:
        f()
    except FloatingPointError as e:
        print("FloatingPointError:", e)
np.seterr(**old)
np.seterr(over="print")
print(np.exp(np.array([1000.0])))
np.seterr(over="warn")
try:
    np.seterr(divide="loud")
except ValueError as e:
    print("ValueError:", e)
print(issubclass(FloatingPointError, ArithmeticError), np.log(np.array([0.0])))
