# numpy scalars where Python numbers go: math functions, float methods (is_integer, hex,
# as_integer_ratio, real/imag), format specs, divmod, and the error for a negative int power.
import numpy as np
import math
a = np.array([[1.5, -2.0], [3.25, 4.0]])
print(math.floor(a[0, 0]), math.ceil(a[0, 1]), math.sqrt(a[1, 1]), math.isclose(a[0, 0], 1.5), math.exp(a[0,0]))
print(isinstance(a[0, 0], float), isinstance(np.int64(1), int), isinstance(a[0,0], np.floating), isinstance(np.int64(3), np.integer))
print(a[0, 0].is_integer(), np.float64(3).is_integer(), a[0,1].as_integer_ratio(), a[0,0].hex())
print(float.is_integer(np.float64(2.0)), a.dtype.kind, a[0,0].real, a[0,0].imag, a[0,0].conjugate())
print("{:,.2f}".format(np.float64(1234567.891)), f"{np.int64(1234567):,}", f"{np.float32(0.1):.10f}")
print(str(np.float32(0.1)), np.float32(0.1) == 0.1, float(np.float32(0.1)))
print(divmod(np.int64(7), 2), divmod(np.float64(7.5), 2), np.int64(7) % -3, np.float64(-7.5) // 2)
print(np.int64(2) ** -1, np.int64(10) / np.int64(4), 7 // np.int64(0) if False else '', np.uint8(250) + np.uint8(10))
