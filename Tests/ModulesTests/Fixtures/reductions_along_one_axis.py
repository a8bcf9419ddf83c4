# Reductions along one int axis (the path that reads the axis without an array of axes):
# every kind, keepdims, negative axes, float32 products, short rows with NaN, ties and -0.0,
# and the errors.
import numpy as np

rng = np.random.RandomState(3)
a = (rng.randn(3, 4) * 3).astype(np.float32)
b = rng.randint(-5, 6, size=(2, 3, 4))
for name in ("sum", "mean", "max", "min", "prod", "std", "var", "argmax", "argmin"):
    for axis in (0, 1, -1):
        print(name, axis, repr(getattr(a, name)(axis=axis)))
    print(name, "keepdims", repr(getattr(b, name)(axis=1, keepdims=True)))
    print(name, "np", repr(getattr(np, name)(b, axis=-2)))

print(repr(a.prod()), repr(a[:, 1].prod()), repr(a.T.prod(axis=0)))

rows = np.array([
    [1.0, 3.0, 3.0, 2.0, 0.5, 3.0, 1.0, 2.0, 3.0, 0.0],
    [0.0, -0.0, 0.0, -1.0, -1.0, -2.0, -2.0, 0.0, 0.0, 0.0],
    [1.0, 2.0, np.nan, 5.0, np.nan, 1.0, 1.0, 1.0, 1.0, 1.0],
    [-np.inf, -np.inf, -np.inf, -np.inf, -np.inf, -np.inf, -np.inf, -np.inf, -np.inf, np.inf],
    [np.nan, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0],
    [9.0, 8.0, 7.0, 6.0, 5.0, 4.0, 3.0, 2.0, 1.0, np.nan],
])
for n in (1, 2, 3, 9, 10):
    print(n, rows[:, :n].argmax(axis=1), rows[:, :n].argmin(axis=1))
print(rows.argmax(axis=0), rows.argmin(axis=-2), rows.argmax(axis=1, keepdims=True).shape)

for bad in (lambda: a.sum(axis=2), lambda: a.argmax(axis=-3), lambda: np.zeros((2, 0)).argmax(axis=1),
            lambda: np.zeros((0, 3)).max(axis=0)):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(np.zeros((0, 3)).sum(axis=0), np.zeros((2, 0)).argmax(axis=0))
