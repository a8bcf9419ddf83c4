# np.polyfit (numpy's scaled least squares via lstsq; full=True, weights, 2-D y) and np.vander.
# tolerance: rtol=1e-12 atol=1e-12 (BLAS and LAPACK round differently on different processors)
import numpy as np
np.random.seed(4)
x = np.linspace(0, 4, 12)
y = 1.5 * x ** 2 - 2 * x + 0.5 + np.random.randn(12) * 0.2
print(np.polyfit(x, y, 2))
print(np.polyfit(x, y, 1))
print(np.polyfit(x, np.column_stack([y, -y]), 1))
c, res, rank, sv, rc = np.polyfit(x, y, 3, full=True)
print(c, res, rank, sv, rc)
print(np.polyfit(x, y, 1, w=np.linspace(1, 2, 12)))
print(np.polyval(np.polyfit(x, y, 2), 2.5))
print(np.vander([1, 2, 3]), np.vander(np.array([0.5, 2.0]), 4, increasing=True))
