# np.arange with float steps fills as numpy does (start, start + step, then start + i * the step those
# two differ by); np.linspace with endpoint=False.
import numpy as np
for args in [(-10, 10, 0.01), (0.5, 3, 0.3), (-5.0, 5.0, 0.1), (0, 6, 0.1), (1.0, 2.0), (3.0,), (0, 1, 0.25), (10, 0, -0.7)]:
    a = np.arange(*args)
    print(args, len(a), a[:3].tolist(), a[-3:].tolist(), float(a.sum()))
print(np.linspace(0, 1, 5, endpoint=False).tolist(), np.linspace(-3, 7, 13).tolist())
print(np.linspace(2, 3, 1, endpoint=False), np.linspace(2, 3, 0), np.linspace(0, 10, num=4, endpoint=False))
