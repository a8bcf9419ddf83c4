# numpy scalars warn when an integer result wraps (scalar add, subtract, multiply,
# floor_divide, negative, absolute), power and arrays wrap silently; the values as numpy's.
import warnings
import numpy as np

warnings.simplefilter("error", RuntimeWarning)
big = np.int64(2**62)
cases = [
    ("int64 * 4", lambda: big * 4),
    ("int64 + int64 + int64", lambda: big + big + big),
    ("min - 1", lambda: np.int64(-2**63) - 1),
    ("1 - min (reflected)", lambda: 1 - np.int64(-2**63)),
    ("min // -1", lambda: np.int64(-2**63) // -1),
    ("-min", lambda: -np.int64(-2**63)),
    ("abs(min int32)", lambda: abs(np.int32(-2**31))),
    ("uint8 3 - 5", lambda: np.uint8(3) - np.uint8(5)),
    ("-uint8(1)", lambda: -np.uint8(1)),
    ("int32 max + 1", lambda: np.int32(2**31 - 1) + 1),
    ("uint8 200 * 2", lambda: np.uint8(200) * 2),
    ("uint8 + int64 (int64 result)", lambda: np.uint8(200) + np.int64(100)),
    ("int64 ** 20 (no warning)", lambda: np.int64(10) ** 20),
    ("-uint8(0)", lambda: -np.uint8(0)),
    ("array * 4 (no warning)", lambda: np.array([2**62]) * 4),
    ("bool + bool", lambda: np.True_ + np.True_),
    ("int64 * 2.5", lambda: np.int64(2**62) * 2.5),
]
for name, f in cases:
    try:
        print(name, "->", repr(f()))
    except RuntimeWarning as e:
        print(name, "-> RuntimeWarning:", e)
warnings.simplefilter("ignore", RuntimeWarning)
print(repr(big * 4), repr(np.uint8(3) - np.uint8(5)), repr(-np.int64(-2**63)))
with np.errstate(over="raise"):
    try:
        np.int32(2**30) * 4
    except FloatingPointError as e:
        print("FloatingPointError:", e)
