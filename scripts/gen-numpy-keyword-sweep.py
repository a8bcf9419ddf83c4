#!/usr/bin/env python3
"""Writes Tests/ModulesTests/Fixtures/numpy_keyword_sweep.py: every numpy function NumBook
defines that takes one array, called with each of its optional parameters set to a value
other than the default (values chosen by parameter name), where numpy itself succeeds. A
keyword NumBook accepts but ignores, or computes differently, shows up as a difference from
numpy's output (the golden comes from gen-goldens.py like every fixture).

Left out, with the reason:
- `where=` on ufuncs without `out=`: numpy leaves the unselected elements uninitialised.
- float32 `dtype=` on transcendental ufuncs: numpy's float32 loops differ from the C
  library's in the last bit (docs/numpy-compat.md, "Accuracy").
- `dtype=bool`/`int` accumulation in sum-like functions (numpy's boolean `add` is `or`): not
  supported.
- `casting=`/`order=` on ufunc-like functions written in the language: refused (TypeError).
- functions reading memory or files (`empty_like`, `empty`, `frombuffer`, `loadtxt`,
  `genfromtxt`).

Run: python3 scripts/gen-numpy-keyword-sweep.py (needs the built nb for its list of names)."""
import inspect
import os
import subprocess
import tempfile

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "Tests", "ModulesTests", "Fixtures", "numpy_keyword_sweep.py")
NB = os.path.join(ROOT, ".build", "release", "nb")
VALUES = {
    "axis": ["0", "-1", "(0, 1)", "None"], "keepdims": ["True"], "dtype": ["np.float32", "int", "bool"],
    "ddof": ["1"], "decimals": ["1", "-1"], "kind": ["'stable'"], "n": ["2"], "k": ["1", "-1"],
    "side": ["'right'"], "endpoint": ["False"], "num": ["3"], "base": ["2.0"], "return_counts": ["True"],
    "equal_nan": ["True"], "rtol": ["0.5"], "atol": ["2.0"], "copy": ["False"], "ndmin": ["3"],
    "weights": ["[[1, 2, 3], [4, 5, 6]]"], "bins": ["3", "[0, 2, 7]"], "density": ["True"],
    "range": ["(0, 4)"], "invert": ["True"], "assume_unique": ["True"], "minlength": ["9"],
    "offset": ["1"], "axis1": ["1"], "axis2": ["0"], "nan": ["-1.0"], "posinf": ["9.0"],
    "neginf": ["-9.0"], "right": ["True"], "indexing": ["'ij'"], "sparse": ["True"],
    "mode": ["'clip'", "'wrap'", "'same'", "'valid'"], "q": ["50"], "method": ["'lower'"],
    "initial": ["100"], "where": ["[True, False, True]"], "prepend": ["0"], "append": ["9"],
    "returned": ["True"], "rowvar": ["False"], "bias": ["True"], "increasing": ["True"], "N": ["4"],
    "deg": ["1"], "full": ["True"], "left": ["-5.0"], "period": ["2.0"], "to_end": ["7"],
    "to_begin": ["-7"], "shift": ["1"], "reps": ["2"], "repeats": ["2"], "fill_value": ["3"],
    "constant_values": ["5"], "pad_width": ["1"], "M": ["4"], "retstep": ["True"],
    "correction": ["1"], "stable": ["True"], "descending": ["True"], "order": ["'F'"],
    "overwrite_input": ["True"], "return_index": ["True"], "return_inverse": ["True"],
    "edge_order": ["2"], "ord": ["1", "2", "np.inf"], "casting": ["'unsafe'"],
}
A = "np.array([[3.0, 1.0, 2.0], [9.0, -8.0, 7.0]])"
SKIP_FUNCTIONS = {"empty_like", "empty", "frombuffer", "loadtxt", "genfromtxt"}
SUM_LIKE = {"sum", "prod", "cumsum", "cumprod", "std", "var", "trace", "nansum", "nanprod",
            "nanmean", "nanstd", "nanvar", "mean"}


def skipped(name, f, parameter, value):
    if name in SKIP_FUNCTIONS:
        return True
    ufunc_like = isinstance(f, np.ufunc) or name in ("degrees", "radians", "positive", "reciprocal",
                                                     "logical_not", "fix")
    if ufunc_like and parameter == "where":
        return True
    if ufunc_like and parameter in ("casting", "order"):
        return True
    if ufunc_like and parameter == "dtype" and value == "np.float32":
        return True
    if name in SUM_LIKE and parameter == "dtype" and value in ("bool", "int"):
        return True
    return False


def names_in_numbook():
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as f:
        f.write("import numpy as np\nprint(' '.join(n for n in dir(np) if not n.startswith('_')))\n")
    try:
        return subprocess.run([NB, "run", f.name], capture_output=True, text=True, check=True).stdout.split()
    finally:
        os.unlink(f.name)


def calls():
    for name in names_in_numbook():
        f = getattr(np, name, None)
        if f is None or isinstance(f, type) or not callable(f):
            continue
        try:
            parameters = list(inspect.signature(f).parameters.values())
        except (TypeError, ValueError):
            continue
        required = [p for p in parameters if p.default is inspect._empty
                    and p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)]
        if len(required) != 1:
            continue
        for p in parameters:
            if p.default is inspect._empty or p.name not in VALUES:
                continue
            for value in VALUES[p.name]:
                if skipped(name, f, p.name, value):
                    continue
                call = f"np.{name}({A}, {p.name}={value})"
                try:
                    eval(call)
                except Exception:
                    continue  # numpy refuses it: error wording is another fixture's subject
                yield call


def main():
    lines = [
        "# Generated by scripts/gen-numpy-keyword-sweep.py; do not edit. Each numpy function of",
        "# one array with each optional parameter set (numpy succeeds on all of these).",
        "import numpy as np",
        "",
        "",
        "def show(label, f):",
        "    try:",
        "        print(label, repr(f()))",
        "    except Exception as e:",
        "        print(label, '!', type(e).__name__, e)",
        "",
        "",
    ]
    count = 0
    for call in calls():
        lines.append(f"show({call.replace(A, 'A')!r}, lambda: {call})")
        count += 1
    with open(OUT, "w") as out:
        out.write("\n".join(lines) + "\n")
    print(f"{count} calls -> {os.path.relpath(OUT, ROOT)}")


main()
