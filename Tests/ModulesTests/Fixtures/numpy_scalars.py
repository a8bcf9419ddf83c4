import numpy as np

f = np.float64(1.5)
i = np.int64(3)
g = np.float32(2.5)
values = [f * 2, f + 1.0, i * 2, i / 2, i // 2, g * 2.0, g + f, -f, abs(-i), f > 1, round(f),
          round(np.float64(2.675), 2), f ** 2, 2 ** i, i % 2, 1 / f, float(f), int(i), f == 1.5, i + True]
for v in values:
    print(type(v).__name__, repr(v))
a = np.arange(5) * 0.5
loss = a.sum() / len(a)
print(repr(loss), repr(loss * 100), f"{loss:.3f}", "%.2f" % loss, str(loss), [a.max(), a.argmax()])
items = ["a", "b", "c", "d", "e"]
print(items[np.argmax(a)], items[np.int64(1):np.int64(3)], list(range(np.int64(3))))
print(sorted([np.float64(2.5), np.float64(0.5), 1.0]), max(a), sum(np.arange(4)), np.float64(1) / 0)
print(repr(np.float32(0.1) + 0.2), repr(np.sum(np.ones(3, dtype=np.float32))), np.int64(7).item(), f.dtype, i.ndim)
x = np.array([1.0, 2.0])
t = x[1]
x[1] = 0.0
m = np.arange(4).reshape(2, 2)
u = m[1, 1]
m[1, 1] = 9
print(repr(t), repr(u), x, items[np.array(2)], int(np.array([7])), float(np.array(2.5)))
