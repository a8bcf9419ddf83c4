import numpy as np

np.random.seed(0)
print(repr(np.random.rand()), np.random.rand(3), np.random.rand(2, 2))
print(repr(np.random.randn()), np.random.randn(5))
print(np.random.random(3), np.random.random_sample((2,)), repr(np.random.random()))
print(np.random.randint(10), np.random.randint(0, 10, size=8), np.random.randint(-5, 5, (2, 3)))
print(np.random.randint(0, 2**40, size=3), np.random.randint(1, 2, size=3))
print(np.random.uniform(-1, 1, 4), repr(np.random.uniform()), np.random.normal(10, 2, (2, 2)))
print(repr(np.random.normal()), np.random.standard_normal(3))
np.random.seed(42)
print(np.random.permutation(10), np.random.permutation([1.5, 2.5, 3.5]))
x = np.arange(12).reshape(4, 3)
np.random.shuffle(x)
print(x)
items = ["a", "b", "c", "d", "e"]
np.random.shuffle(items)
print(items)
print(np.random.choice(5), np.random.choice(5, 3), np.random.choice([10, 20, 30], size=(2, 2)))
print(np.random.choice(10, 4, replace=False), np.random.choice(["x", "y"]) if False else 0)
print(np.random.choice(4, 6, p=[0.1, 0.2, 0.3, 0.4]), np.random.choice(4, 3, replace=False, p=[0.1, 0.2, 0.3, 0.4]))
np.random.seed(2**32 - 1)
print(np.random.rand(2), np.random.randn(2))
w = np.random.randn(784, 10) * 0.01
print(repr(w.sum()), w.shape, repr(w[3, 7]))
for bad in [-1, 2**32]:
    try:
        np.random.seed(bad)
    except ValueError as e:
        print("ValueError:", e)
# RandomState objects: each has its own stream, independent of the global one.
rs = np.random.RandomState(3)
np.random.seed(3)
print(rs.rand(3), np.random.rand(3))
other = np.random.RandomState(seed=11)
print(rs.randint(0, 10, 5), other.randint(0, 10, 5), rs.normal(size=2), other.uniform(1, 2))
print(type(rs).__name__, repr(rs).startswith("RandomState(MT19937) at 0x"))
rs.seed(3)
print(rs.rand(3), rs.choice(5, 3, replace=False), rs.permutation(4))
x = np.arange(6)
rs.shuffle(x)
print(x, np.random.RandomState().rand() < 1.0)
np.random.randint(5, 2)
