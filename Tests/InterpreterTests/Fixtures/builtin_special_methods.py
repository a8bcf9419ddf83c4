# Special methods of built-in values by name ((1).__add__(2), [].__len__(), hasattr(x,
# '__iter__')), NotImplemented for operands a type does not take, and int/float methods
# (bit_length, bit_count, as_integer_ratio, hex, conjugate).
vals = [1, 2.5, True, "ab", [1, 2], (1, 2), {"a": 1}, {1, 2}, range(3), None]
names = ["__len__", "__iter__", "__getitem__", "__contains__", "__add__", "__radd__", "__mul__", "__sub__", "__truediv__", "__mod__", "__and__", "__or__", "__lt__", "__eq__", "__neg__", "__invert__", "__abs__", "__bool__", "__matmul__", "__setitem__", "__pow__", "__lshift__"]
for v in vals:
    print(type(v).__name__, [n for n in names if hasattr(v, n)])
print((5).__sub__(2), (5).__rsub__(2), (2.0).__pow__(3), "x".__mul__(3), [1].__add__([2]), (1, 2).__contains__(2))
print({1, 2}.__or__({3}), (7).__and__(3), (7).__lt__(8), (7).__lt__("a"), "a".__lt__("b"))
print(list(map((2).__mul__, [1, 2, 3])), list(filter("abc".__contains__, "axbyc")))
for v in [0, 1, 255, -256, 2**62, True]:
    print(v.bit_length(), v.bit_count(), v.as_integer_ratio(), v.conjugate())
for d in [1.5, 0.1, -2.0, 0.0, -0.0, 5e-324, 1e300, 3.75, float("inf"), float("nan")]:
    print(d.hex())
for d in [1.5, 0.1, -2.0, 0.0, 0.75, 1e18]:
    print(d.as_integer_ratio(), d.conjugate())
print(type(NotImplemented).__name__, NotImplemented, (1).__add__("a"), type((1).__add__("a")))
