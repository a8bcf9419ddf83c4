# Float arrays with bool masks of their shape (dropout's dout * mask): every operator, both
# orders, both float dtypes, views, broadcast masks, and the warnings of zero divisors.
import numpy as np
np.random.seed(0)
x = np.random.randn(3, 4); m = x > 0
for r in [x * m, m * x, x + m, m - x, x / m, m / x, x ** m, x.astype(np.float32) * m, m * x.astype(np.float32), x[:, ::2] * m[:, ::2], x.T * m.T, x * m[0], (x * m).dtype, (m * x.astype(np.float32)).dtype, x % m, x // (m + 1)]:
    print(repr(r))
print(np.maximum(x, m), x * np.array(True), np.zeros((2, 0)) * np.zeros((2, 0), bool))
with np.errstate(divide='ignore', invalid='ignore'):
    print(x / m)
