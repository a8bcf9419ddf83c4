# np.partition / np.argpartition / the methods: numpy's checks, and the kth element in place
# (numpy leaves the order within each side unspecified, so only sorted sides are printed).
import numpy as np
a = np.array([5, 1, 4, 2])
for k in [4, -5, [1, 2], 1.5]:
    try:
        print(np.sort(np.partition(a, k)))
    except Exception as e:
        print(type(e).__name__, e)
m = np.array([[3, 1, 2], [9, 7, 8]])
print(np.partition(m, 1, axis=None))
print(np.argpartition(m, 1, axis=0))
try:
    np.partition(m, 1, axis=2)
except Exception as e:
    print(type(e).__name__, e)
print(a.argpartition(1)[:1], a.partition(1), a)
scores = np.array([0.1, 0.9, 0.3, 0.7, 0.5])
top = np.argpartition(scores, -2)[-2:]
print(sorted(top.tolist()))
print(np.partition(np.array([3.0, np.nan, 1.0]), 1))
