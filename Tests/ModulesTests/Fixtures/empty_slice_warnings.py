# numpy's RuntimeWarnings for a mean of no elements and a variance without degrees of freedom
# left, and the division warnings after them (0 / 0 invalid, x / 0 divide by zero; scalar or
# array division), recorded with catch_warnings: the messages, not numpy's file locations.
import warnings

import numpy as np

cases = [
    ("np.mean([])", lambda: np.mean(np.array([]))),
    ("[].mean()", lambda: np.array([]).mean()),
    ("int [].mean()", lambda: np.array([], dtype=int).mean()),
    ("f32 (0,3).mean()", lambda: np.zeros((0, 3), dtype=np.float32).mean()),
    ("(0,3).mean(0)", lambda: np.zeros((0, 3)).mean(axis=0)),
    ("(0,3).mean(1)", lambda: np.zeros((0, 3)).mean(axis=1)),
    ("(0,0).mean(1)", lambda: np.zeros((0, 0)).mean(axis=1)),
    ("(3,0).mean((0,1))", lambda: np.zeros((3, 0)).mean(axis=(0, 1))),
    ("np.var([])", lambda: np.var(np.array([]))),
    ("std ones(1) ddof=1", lambda: np.std(np.ones(1), ddof=1)),
    ("var (2,3) axis 0 ddof 2", lambda: np.ones((2, 3)).var(axis=0, ddof=2)),
    ("var [1,2] ddof 2", lambda: np.array([1.0, 2.0]).var(ddof=2)),
    ("var [1,2] ddof 1", lambda: np.array([1.0, 2.0]).var(ddof=1)),
    ("std (0,3) axis 1", lambda: np.zeros((0, 3)).std(axis=1)),
    ("mean ones(4)", lambda: np.ones(4).mean()),
]
for name, run in cases:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        value = run()
    print(name, repr(value), [(w.category.__name__, str(w.message)) for w in caught])
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    with np.errstate(invalid="ignore"):
        print(np.mean(np.array([])), [str(w.message) for w in caught])
