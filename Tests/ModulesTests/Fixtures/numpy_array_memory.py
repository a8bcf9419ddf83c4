# What arrays say about their memory: base (the owner a view keeps alive), flags, view(),
# tobytes(), shares_memory and may_share_memory.
import numpy as np
a = np.arange(12.0).reshape(3, 4)
b = np.arange(12.0)
v = b[2:8]
print(a.base is None, b.base is None, v.base is b, v[1:].base is b, b.reshape(3, 4).base is b, b.copy().base is None)
print(a.base.shape, a.base.base is None)
print(a.flags)
print(a.T.flags)
print(a[:, ::2].flags)
print(a.flags['C_CONTIGUOUS'], a.T.flags['F_CONTIGUOUS'], a.flags.c_contiguous, a.flags.owndata, b.flags['O'], v.flags['OWNDATA'])
w = b.view()
w[0] = 100
print(b[0], w.base is b, np.shares_memory(w, b), np.may_share_memory(b[::2], b[1::2]), np.shares_memory(b[::2], b[1::2]), np.shares_memory(b, b.copy()))
print(np.arange(4, dtype=np.int32).tobytes(), np.array([[1, 2], [3, 4]], dtype=np.uint8).tobytes(order='F'), np.array([1.5]).tobytes())
print(len(a.tobytes()), a.T.tobytes() == a.T.copy().tobytes())
try:
    a.flags['bogus']
except KeyError as e:
    print("KeyError", e)
