# numpy.float64 is a Python float: float's methods work on it (numpy.float32 is not).
import numpy as np

x = np.float64(2.5)
print(x.hex(), x.is_integer(), x.as_integer_ratio(), x.conjugate(), x.real, x.imag)
print(np.float64(-0.0).hex(), np.float64(3.0).is_integer(), np.float64(0.1).as_integer_ratio())
print(np.mean(np.arange(4.0)).hex(), isinstance(x, float))
for name in ('hex',):
    try:
        getattr(np.float32(1.5), name)()
    except AttributeError as e:
        print('AttributeError:', e)
for v in (np.float32(1.5), np.float32(2), np.int64(3), np.int32(-3), np.uint8(3),
          np.float64(np.inf), np.float32(np.nan), np.float64(-0.0)):
    print(type(v).__name__, v.is_integer())
try:
    np.bool_(True).is_integer()
except AttributeError as e:
    print('AttributeError:', e)
import math
y = np.float64(-2.5)
print(y.__floor__(), y.__ceil__(), y.__trunc__(), type(y.__floor__()).__name__)
print(math.floor(np.float32(2.5)), math.trunc(np.float64(-2.5)), math.ceil(np.float64(2.1)))
for v in (np.float32(2.5), np.int64(3)):
    print(type(v).__name__, hasattr(v, '__floor__'), hasattr(v, 'hex'))
print(np.float32(1.5).as_integer_ratio(), np.float32(0.1).as_integer_ratio(),
      hasattr(np.int64(3), 'as_integer_ratio'))
for v in (np.float32('nan'), np.float32('inf'), np.float64('-inf')):
    try:
        v.as_integer_ratio()
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
