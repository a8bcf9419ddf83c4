# numpy's scalar type hierarchy (np.floating, np.integer, ...; np.float64 a float subclass),
# np.issubdtype, dtype equality with Python types, extension type names in messages
# ('numpy.ndarray'), unhashable arrays, special methods of arrays and scalars by name.
import numpy as np
d = np.zeros(1, dtype=np.int32).dtype
print(np.int32 == d, d == np.int32, d in (np.int32,), d in [np.int64, np.int32], float == np.zeros(1).dtype)
print(isinstance(np.float64(1), float), issubclass(np.float64, float), np.float64.__mro__)
print(np.issubdtype(np.float32, np.floating), np.issubdtype(d, np.integer), np.issubdtype(d, np.signedinteger), np.issubdtype("f8", float), np.issubdtype(np.uint8, np.unsignedinteger), np.issubdtype(bool, np.number))
print(isinstance(np.int64(3), np.integer), isinstance(np.float32(1), np.number), isinstance(np.bool_(True), np.generic), isinstance(3, np.integer))
x = np.float64(2.5)
def show(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: np.arange(3)())
show(lambda: len(np.float64(1)))
show(lambda: np.arange(3).foo)
show(lambda: np.float64(1).foo)
show(lambda: np.int64(1).foo)
show(lambda: {np.arange(2): 1})
show(lambda: iter(np.float64(1)))
show(lambda: [1][np.float64(0.0)])
show(lambda: np.random.default_rng(0).foo)
show(lambda: np.dtype("f8").foo)
show(lambda: np.arange(3).dtype.foo)
print(type(np.arange(3)).__name__, type(np.float64(1)), type(np.arange(3)))
print(np.arange(3).__add__(1), np.arange(3).__radd__(1), np.float64(2.0).__mul__(3), np.arange(4).__getitem__(slice(1, 3)), np.eye(2).__matmul__(np.ones(2)), np.arange(2).__eq__(1))
print(hasattr(np.zeros(2), "__len__"), hasattr(np.zeros(2), "__iter__"), hasattr(np.float64(1), "__len__"))
m = __import__("math")
print(m.sqrt(4.0), __import__("os.path").__name__)
