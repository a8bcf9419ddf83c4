# np.random.default_rng: numpy's Generator on PCG64, bit for bit.
import numpy as np
for seed in [0, 1, 42, 12345, 2**32 + 7, 2**40 + 3]:
    g = np.random.default_rng(seed)
    print(seed, g.random(), g.random(3))
    print(g.integers(0, 10, 8), g.integers(-5, 5), g.integers(10), g.integers(0, 2**40, 3), g.integers(1, 7, 4, endpoint=True))
    print(g.standard_normal(5), g.standard_normal(), g.normal(10, 2, 3), g.uniform(-1, 1, 3))
    print(g.choice(5), g.choice([1.5, 2.5, 3.5], 4), g.choice(4, 3, p=[0.1, 0.2, 0.3, 0.4]), g.permutation(8), g.integers(0, 2**32, 3))
    x = np.arange(10)
    g.shuffle(x)
    l = list(range(6))
    g.shuffle(l)
    print(x, l, g.permutation(np.arange(6).reshape(3, 2)))
g = np.random.default_rng(7)
v = g.standard_normal(100000)
print(v.sum(), v.min(), v.max(), v[:3], np.abs(v).max())
print(g.integers(0, 1000, 20000).sum(), g.random(100000).sum())
g = np.random.default_rng(3)
print(type(g).__name__, repr(g).startswith("Generator(PCG64) at 0x"), np.random.default_rng(g) is g)
print(repr(g.integers(5)), repr(g.random()), repr(g.choice(3)), repr(g.choice([7, 8])))
for bad in [lambda: np.random.default_rng(-1), lambda: g.integers(5, 5), lambda: g.normal(0, -1)]:
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
# choice without replacement: Floyd's algorithm, or a tail shuffle for large populations.
for seed, n, k in [(42, 5, 5), (1, 10, 10), (0, 10, 3), (9, 20000, 5), (9, 20000, 401), (9, 20000, 400), (8, 50, 1)]:
    print(np.random.default_rng(seed).choice(n, k, replace=False)[:6])
print(np.random.default_rng(2).choice(["a", "b", "c", "d"], 2, replace=False) if False else np.random.default_rng(2).choice(np.arange(10.0), 3, replace=False))
try:
    np.random.default_rng(0).choice(3, 4, replace=False)
except ValueError as e:
    print("ValueError:", e)
