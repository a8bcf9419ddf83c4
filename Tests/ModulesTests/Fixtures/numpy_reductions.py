import numpy as np

a = np.arange(12).reshape(3, 4)
x = np.arange(24).reshape(2, 3, 4) * 0.1
print(a.sum(axis=0), a.sum(1), np.sum(a, axis=-1), a.sum(axis=(0, 1)), a.sum(0, keepdims=True))
print(x.sum(axis=0), x.sum(axis=1), x.sum(axis=2), x.mean(axis=1), np.mean(x, axis=(0, 2)))
print(a.max(axis=0), a.min(axis=1), np.max(x, axis=2), np.prod(a + 1, axis=0), a.mean(axis=0))
print(a.argmax(), a.argmax(axis=0), np.argmax(a, axis=1), np.argmin(x, axis=2), a.argmin(keepdims=True))
print(repr(x.std()), repr(x.var()), x.std(axis=0), np.var(a, axis=1, ddof=1), repr(np.std(a)))
y = np.array([[1.0, np.nan], [3.0, 2.0]])
print(y.max(axis=0), y.argmax(axis=0), np.nanargmax if False else y.min(axis=1))
p = np.arange(1000) * 0.001
q = p.reshape(10, 100)
print(repr(q.sum(axis=1)[3]), repr(q.sum(axis=0)[7]), repr(q.mean()), repr(q.T.sum(axis=1)[5]))
f = np.arange(6, dtype=np.float32).reshape(2, 3) / 3
print(repr(f.sum(axis=0)), repr(f.mean(axis=1)), repr(f.std()))
for e in (np.exceptions.AxisError, ValueError, IndexError):
    try:
        a.max(axis=-3)
    except e as caught:
        print(type(caught).__name__, issubclass(e, Exception), caught)
print(a.sum(axis=2))
