# ndarray methods refuse keywords numpy's do not take, in numpy's words; clip's min/max
# keywords and ravel/flatten order='F' are honoured.
import numpy as np
x = np.arange(6.0).reshape(2, 3)
for t in ["x.sum(axes=0)", "x.sum(axis=0, keepdims=True)", "x.mean(axis=1, keepdim=True)", "x.std(ddof=1)", "x.max(axis=0, out=None)", "x.argmax(axis=1, keepdims=True)", "x.cumsum(axis=0, foo=1)", "x.reshape(3, 2, order='C')", "x.reshape(3, 2, ordr='C')", "x.transpose(axes=(1, 0))", "x.astype(np.int32, copy=False)", "x.astype(dtype=np.int32)", "x.clip(min=1, max=4)", "x.round(decimals=1)", "x.round(digits=1)", "x.sort(axis=0)", "x.copy(order='C')", "x.flatten(order='F')", "x.nonzero(x=1)", "x.tolist(y=1)", "x.squeeze(axis=None)", "x.any(axis=0)", "x.all(axs=0)"]:
    try:
        print(t, "->", repr(eval(t)))
    except Exception as e:
        print(t, "->", type(e).__name__ + ":", e)
m = np.arange(24).reshape(2, 3, 4)
print(m.ravel(order="F")[:8], m.flatten("F")[:8], x.ravel("C"), np.clip(x, min=2), np.clip(x, a_min=1, a_max=3))
import numpy as np
x = np.arange(12.0).reshape(3, 4)
print(x.trace(), x.trace(offset=1), x.diagonal(), x.diagonal(1), np.arange(10).searchsorted([3, 7.5]), x.take([0, 5]), x.take([2, 0], axis=1))
for t in ["x.trace(foo=1)", "x.take([0], mode='raise')", "x.take([0], axes=0)"]:
    try:
        print(t, "->", repr(eval(t)))
    except Exception as e:
        print(t, "->", type(e).__name__ + ":", e)
