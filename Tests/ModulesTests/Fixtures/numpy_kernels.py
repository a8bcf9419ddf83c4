import numpy as np

x = np.arange(100001) * 0.1
print(repr(x.sum()), repr(x.mean()), repr((x * x).sum()), repr(np.arange(1000).mean()))
print(repr(np.arange(10, dtype=np.float32).sum()), repr((np.arange(1000) * 0.001).sum()))
a = np.arange(6).reshape(2, 3)
b = np.arange(3) * 1.5
print(a + b, a.T * 2, a.T + a.T, a - 2.5, 2 - a)
print(a // 4, a % 4, (a - 3) // 4, (a - 3) % 4, -a // -4, a // 0, a % 0)
print((a * 1.0 - 3) // 4, (a * 1.0 - 3) % 4, a ** 2, 2 ** a, a / a.T.T)
t = np.array([True, False, True])
print(t + t, t * t, t + 1, t * 2.5)
m = np.arange(12.0).reshape(3, 4)
print(np.dot(m.T, m), np.dot(m, m.T), np.dot(m[0], m.T), np.dot(a.T, a))
f = np.arange(6, dtype=np.float32).reshape(2, 3)
print(repr(f * 0.1), repr(f @ f.T), repr(np.sqrt(f)))
print(np.exp(np.arange(5) * 0.5), np.abs(np.arange(-2, 3)), -np.arange(3), np.log(np.arange(1, 4)))
print(np.max(np.array([1.0, np.nan, 3.0])), np.min(np.arange(5) - 2), a.max(), m.min(), a.sum())
print(np.array([[1, 2], [3, 4]]).T.tolist(), np.ones((2, 2), dtype=np.int32) + 1)
t - t
