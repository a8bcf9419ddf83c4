# np.sort along rows, columns and flattened for every dtype (rows sorted by their keys alone),
# and float rows holding NaN or -0.0 (sorted with positions); extremes of each range.
import numpy as np
rng = np.random.RandomState(1)
for dt in [np.float64, np.float32, np.int64, np.int32, np.bool_, np.uint8]:
    a = (rng.randn(5, 300) * 100).astype(dt)
    s = np.sort(a, axis=1)
    print(dt.__name__, s[:, :3].tolist(), s[:, -3:].tolist(), np.array_equal(s, np.sort(a.copy(), axis=-1, kind='stable')))
    print(np.sort(a, axis=0)[:2, :5].tolist(), np.sort(a, axis=None)[:5].tolist())
b = rng.randn(200); b[[3, 50, 70]] = [np.nan, -0.0, 0.0]; b[100] = -np.inf; b[101] = np.inf
print(np.sort(b)[:3], np.sort(b)[-3:], np.signbit(np.sort(b)).sum())
c = rng.randn(100) ; c[5] = -0.0; print(np.sort(c)[45:55], np.signbit(np.sort(c)).sum())
print(np.sort(np.array([3.0, -1e308, 1e-310, -1e-310, 5e-324])), np.sort(rng.randn(70).astype(np.float32))[:4])
print(np.sort(np.array([2**62, -2**63, 0, -1, 7])), np.sort(np.array([2**31-1, -2**31, 0], dtype=np.int32)))
