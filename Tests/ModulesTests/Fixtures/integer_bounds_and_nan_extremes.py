# A Python number given to an integer dtype it does not fit is numpy 2's OverflowError (a
# float by its integer part; NaN and infinity refused; numpy scalars cast as C casts them);
# maximum and minimum pass NaN through without an invalid-value warning (checked with
# np.seterr(all='raise'), which would turn the warning into FloatingPointError).
import numpy as np
for src in [
    "np.array([300], dtype=np.uint8)", "np.array([-1], dtype=np.uint8)",
    "np.array([2**40], dtype=np.int32)", "np.array([2**31 - 1, -2**31], dtype=np.int32)",
    "np.array([1.5, 300.0], dtype=np.uint8)", "np.array([[1, 256]], dtype=np.uint8)",
    "np.full(3, 300, dtype=np.uint8)", "np.full(2, 255, dtype=np.uint8)",
    "np.full_like(np.zeros(2, np.uint8), 300)", "np.full_like(np.zeros(2, np.uint8), 7)",
    "np.zeros(2, dtype=np.uint8) + 300", "np.array([255], dtype=np.uint8) + 1",
    "np.uint8(300)", "np.int32(2**40)", "np.asarray([256], dtype=np.uint8)",
    "np.array(300, dtype=np.uint8)", "np.array([True, 2], dtype=np.uint8)",
    "np.array([np.nan], dtype=np.uint8)", "np.array([-1.5], dtype=np.uint8)",
    "np.array([255.9], dtype=np.uint8)", "np.array([1e20], dtype=np.int32)",
    "np.array([np.float64(300)], dtype=np.uint8)", "np.array([np.int64(300)], dtype=np.uint8)",
    "np.array([np.inf], dtype=np.int32)", "np.array([3e9], dtype=np.int32)",
    "np.array([1.0, 2**70], dtype=np.int64)", "np.array([-129.0], dtype=np.uint8)",
]:
    try:
        print(src, repr(eval(src)))
    except Exception as e:
        print(src, type(e).__name__, e)
np.seterr(all='raise')
a = np.array([1.0, np.nan, 3.0])
print(np.maximum(a, 2.0), np.minimum(a, 2.0), np.fmax(a, 2.0), np.fmin(a, 2.0))
print(np.max(a), np.min(a), np.nanmax(a), a.max(), np.clip(a, 0, 2))
print(np.maximum(a, a, out=np.empty(3)), np.amax(a), np.argmax(a))
x = np.array([[1.0, np.nan], [2.0, 3.0]])
print(np.max(x, axis=0), np.min(x, axis=1), np.maximum(x, x.T))
try:
    np.log(np.array([-1.0]))
except FloatingPointError as e:
    print('FloatingPointError', e)
