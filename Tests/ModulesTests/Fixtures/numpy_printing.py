import numpy as np

print(np.arange(2000))
print(repr(np.arange(2000) * 1.5))
print(np.arange(3000).reshape(30, 100))
print(repr(np.arange(3000).reshape(30, 100) * 0.25))
print(repr(np.arange(24000).reshape(20, 30, 40)))
print(repr(np.arange(1001, dtype=np.float32)), repr(np.zeros((0, 3))), repr(np.array([])), repr(np.zeros(0, dtype=np.int32)))
print(repr(np.linspace(0, 1, 40, dtype=np.float32) if False else np.linspace(0, 1, 40).astype(np.float32)))
print(repr(np.array([1e-5, 1e5, 3.0])), np.array([np.nan, np.inf, -np.inf, 1.5]), np.array([-0.0, 0.0]))
print(np.array([1e16, 1.0]), np.array([123456789.0, 0.5]), repr(np.array([0.001, 1000.0])), np.array([0.0001, 1.0]))
x = np.random.RandomState(0) if False else None
np.random.seed(1)
w = np.random.randn(28, 28)
print(w)
with np.printoptions(precision=3, suppress=True):
    print(np.array([1e-10, 1.23456, 1000.5]), np.array([0.5, 1 / 3]))
print(np.array([0.5, 1 / 3]))
np.set_printoptions(threshold=5, edgeitems=2, linewidth=20)
print(np.arange(10))
print(repr(np.arange(10)))
print(np.get_printoptions()["threshold"])
np.set_printoptions(edgeitems=3, threshold=1000, linewidth=75)
print(np.arange(12).reshape(3, 4))
