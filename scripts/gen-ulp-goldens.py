#!/usr/bin/env python3
"""Writes Tests/NumKitTests/Fixtures/ufuncs.txt: inputs and numpy's results, as bit patterns,
for numpy's one-argument float ufuncs in float64 and float32. NumKit's results must lie within
the tolerance in ulps that docs/numpy-compat.md states (UfuncAccuracyTests checks it).
Run: python3 scripts/gen-ulp-goldens.py (needs numpy)."""
import os
import numpy as np

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Tests", "NumKitTests", "Fixtures",
                   "ufuncs.txt")
COUNT = 400

# name: (numpy function, low, high): inputs uniform in [low, high), plus a log-spaced sweep.
DOMAINS = {
    "exp": (np.exp, -740.0, 710.0),
    "log": (np.log, 0.0, 1e6),
    "log2": (np.log2, 0.0, 1e6),
    "log10": (np.log10, 0.0, 1e6),
    "log1p": (np.log1p, -0.999, 1e3),
    "sqrt": (np.sqrt, 0.0, 1e6),
    "sin": (np.sin, -100.0, 100.0),
    "cos": (np.cos, -100.0, 100.0),
    "tan": (np.tan, -10.0, 10.0),
    "arcsin": (np.arcsin, -1.0, 1.0),
    "arccos": (np.arccos, -1.0, 1.0),
    "arctan": (np.arctan, -1e3, 1e3),
    "tanh": (np.tanh, -20.0, 20.0),
}


def inputs(rng, low, high, dtype):
    uniform = rng.uniform(low, high, COUNT)
    small = rng.uniform(-1.0, 1.0, COUNT // 4) * 10.0 ** rng.uniform(-8, 0, COUNT // 4)
    if low >= 0:
        small = np.abs(small)
    if low > -1:
        small = small[small > low]
    return np.concatenate([uniform, small]).astype(dtype)


# Special and edge inputs every function also gets: zeros, infinities, NaN, subnormals, and
# the ends of float32 exp's finite range.
SPECIALS = [0.0, -0.0, np.inf, -np.inf, np.nan, 1e-45, 1e-40, 1e-310, -1.0, 1.0, 0.5,
            88.72283935546875, 88.7228, 89.0, -87.0, -100.0, -103.97208404541015625, -104.0]

# float32 functions whose ordinary range is narrower than DOMAINS: an extra sweep there (its
# own random stream, so the other inputs stay as they were).
FLOAT32_RANGES = {"exp": (-105.0, 90.0), "log": (0.0, 10.0)}

# float64 ranges where numpy's last bit most often differs from the C library's (on processors
# where numpy calls SVML): log near 1, about 1 % of inputs. An extra sweep, its own stream.
FLOAT64_RANGES = {"log": (0.5, 2.0)}


def main():
    rng = np.random.RandomState(2026)
    lines = ["# function dtype input-bits numpy-result-bits (numpy %s)" % np.__version__]
    for name, (f, low, high) in DOMAINS.items():
        for dtype, itype, width in ((np.float64, np.uint64, 16), (np.float32, np.uint32, 8)):
            x = inputs(rng, low, high, dtype)
            extra = [np.array(SPECIALS)]
            if dtype == np.float32 and name in FLOAT32_RANGES:
                extra.append(np.random.RandomState(7).uniform(*FLOAT32_RANGES[name], COUNT))
            if dtype == np.float64 and name in FLOAT64_RANGES:
                extra.append(np.random.RandomState(8).uniform(*FLOAT64_RANGES[name], 4 * COUNT))
            x = np.concatenate([x] + [e.astype(dtype) for e in extra])
            with np.errstate(all="ignore"):
                y = f(x)
            for a, b in zip(x.view(itype), y.view(itype)):
                lines.append("%s %s %0*x %0*x" % (name, np.dtype(dtype).name, width, a, width, b))
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w") as out:
        out.write("\n".join(lines) + "\n")


main()
