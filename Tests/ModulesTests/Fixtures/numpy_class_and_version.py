# np.dtype is a class (isinstance works, type() names numpy 2's dtype classes); every numpy
# object has __class__; finfo/iinfo print numpy's tables; np.__version__ exists.
import math
import numpy as np

print(np.dtype, type(np.dtype('float64')), type(np.dtype(np.int32)))
print(isinstance(np.dtype('f8'), np.dtype), isinstance(np.ones(2).dtype, np.dtype))
print(isinstance(np.float64, np.dtype), isinstance('f8', np.dtype))
print(np.dtype('float32') == np.float32, np.dtype(float), np.dtype(int).itemsize)
for t in [np.bool_, np.uint8, np.int32, np.int64, np.float32, np.float64]:
    print(repr(np.dtype(t)), type(np.dtype(t)).__name__)
for value in [np.arange(3), np.float64(1.5), np.float32(2), np.int64(3), np.int32(4),
              np.bool_(True), np.uint8(5), np.dtype('f8'), np, math]:
    print(value.__class__, value.__class__ is type(value))
print(np.array([[1.0]]).__class__.__name__, np.ones(2).sum().__class__.__name__)
print(np.finfo(np.float64))
print(np.finfo(np.float32))
print(np.iinfo(np.int64))
print(np.iinfo(np.int32))
print(np.iinfo(np.uint8))
print(repr(np.finfo(np.float32)), repr(np.iinfo('int32')))
f = np.finfo(np.float32)
print(f.bits, f.nmant, f.machep, f.negep, f.minexp, f.maxexp, f.nexp, f.iexp, f.smallest_subnormal)
print(type(np.__version__).__name__, np.__version__.split('.')[0])
try:
    np.dtype('float99')
except TypeError as e:
    print('TypeError', e)
