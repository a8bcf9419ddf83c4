#!/usr/bin/env python3
"""Writes Sources/Modules/Generated/NumpySignatures.swift: the parameters of every public
function of numpy, numpy.linalg and numpy.random, read from the installed numpy with
inspect.signature, so that NumBook refuses what numpy refuses (an unknown keyword, too many
positional arguments) with numpy's words instead of ignoring it.

For each function: its positional parameters (and how many are positional-only), its
keyword-only ones, whether it takes *args or **kwargs, and which of Python's two wordings its
"too many positional arguments" error uses (Cython's "takes at most N positional arguments (M
given)" for numpy.random's legacy functions, CPython's "takes from N to M positional
arguments but K were given" otherwise) - probed by calling the function.

Also the keywords each ndarray method takes and the words of its refusal of another one
(numpy's methods word it in five ways: `_sum() got an unexpected keyword argument 'k'`,
`'k' is an invalid keyword argument for cumsum()`, `transpose() takes no keyword arguments`,
...), and the most positional arguments it takes with the words for more, probed by
calling each method on an array.

Run: python3 scripts/gen-numpy-signatures.py"""
import inspect
import os
import re
import subprocess

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "Sources", "Modules", "Generated", "NumpySignatures.swift")
MODULES = [("numpy", np), ("numpy.linalg", np.linalg), ("numpy.random", np.random)]
# C functions whose text signature is narrower than what their argument parser accepts.
INACCURATE = {
    "numpy.arange": "its parser also takes start= and a fourth positional (the dtype)",
}


def cython_style(f, limit):
    try:
        f(*([0] * (limit + 5)))
    except TypeError as e:
        return "positional argument" in str(e) and "given)" in str(e)
    except Exception:
        return False
    return False


def missing_wording(f, required):
    """How the function words a call without its required arguments (probed): CPython's,
    Argument Clinic's (`missing required argument 'shape' (pos 0)`), Cython's (`takes at
    least 1 positional argument (0 given)`), or none (not probed: nothing required)."""
    if required == 0:
        return "none"
    try:
        f()
    except TypeError as e:
        text = str(e)
        if "missing required argument" in text:
            return "clinic"
        if "takes at least" in text:
            return "cython"
        if "required positional argument" in text:
            return "python"
    except Exception:
        pass
    return "none"


def entry(module, name, f):
    try:
        sig = inspect.signature(f)
    except (TypeError, ValueError):
        return None
    positional, keyword_only = [], []
    positional_only = 0
    var_args = var_keywords = False
    required = 0
    for p in sig.parameters.values():
        if p.kind == p.POSITIONAL_ONLY:
            positional.append(p.name)
            positional_only += 1
        elif p.kind == p.POSITIONAL_OR_KEYWORD:
            positional.append(p.name)
        elif p.kind == p.VAR_POSITIONAL:
            var_args = True
        elif p.kind == p.KEYWORD_ONLY:
            keyword_only.append(p.name)
        else:
            var_keywords = True
        if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD) and p.default is p.empty:
            required += 1
    cython = module == "numpy.random" and cython_style(f, len(positional))
    missing = missing_wording(f, required)
    names = ", ".join(f'"{n}"' for n in positional)
    keywords = ", ".join(f'"{n}"' for n in keyword_only)
    return (
        f'    "{module}.{name}": NumpySignature(\n'
        f"      positional: [{names}], positionalOnly: {positional_only}, required: {required},\n"
        f"      keywordOnly: [{keywords}], varArgs: {str(var_args).lower()}, "
        f"varKeywords: {str(var_keywords).lower()}, cythonWording: {str(cython).lower()},\n"
        f"      missing: .{missing}),\n")


PROBE = "zz_probe"
CANDIDATES = ["axis", "dtype", "out", "keepdims", "initial", "where", "ddof", "mean",
              "correction", "order", "kind", "stable", "decimals", "min", "max", "casting",
              "subok", "copy", "side", "sorter", "mode", "offset", "axis1", "axis2", "repeats",
              "indices", "values", "value", "shape", "dtype"]


def method_entry(name, method):
    """(keywords, refusal template) for an ndarray method, or None when it cannot be probed."""
    try:
        method(**{PROBE: 1})
        return None
    except TypeError as e:
        text = str(e)
    except Exception:
        return None
    if "takes no keyword arguments" in text:
        # Called as `x.name(...)`, CPython names the type too.
        return [], text if text.startswith("ndarray.") else "ndarray." + text
    if PROBE not in text:
        return None
    template = text.replace(PROBE, "{keyword}")
    accepted = []
    for candidate in dict.fromkeys(CANDIDATES):
        try:
            method(**{candidate: None})
        except TypeError as e:
            if candidate in str(e) and ("unexpected keyword" in str(e) or "invalid keyword" in str(e)):
                continue
        except Exception:
            pass
        accepted.append(candidate)
    return accepted, template


def method_positional_limit(method):
    """(most positional arguments, too-many wording with `{given}`, whether numpy's count
    includes the array itself) for an ndarray method, probed with a call of many Nones."""
    probe = 12
    try:
        method(*([None] * probe))
        return None
    except TypeError as e:
        text = str(e)
    except Exception:
        return None
    found = re.search(r"takes from \d+ to (\d+) positional arguments? but (\d+) were given", text)
    if found:
        given = int(found.group(2))
        receiver = given == probe + 1
        most = int(found.group(1)) - (1 if receiver else 0)
        return most, text.replace(f"but {given} were", "but {given} were"), receiver
    found = re.search(r"takes at most (\d+) arguments? \((\d+) given\)", text)
    if found and int(found.group(2)) == probe:
        return int(found.group(1)), text.replace(f"({probe} given)", "({given} given)"), False
    return None


def method_lines():
    sample = np.arange(6.0).reshape(2, 3)
    lines = []
    for name in sorted(dir(sample)):
        if name.startswith("_"):
            continue
        method = getattr(sample, name)
        if not callable(method):
            continue
        entry = method_entry(name, method)
        if entry is None:
            continue
        keywords, template = entry
        names = ", ".join(f'"{k}"' for k in keywords)
        limit = method_positional_limit(method)
        extra = ""
        if limit:
            most, words, receiver = limit
            extra = f', mostPositional: {most}, tooMany: "{words}"'
            if receiver:
                extra += ", countsReceiver: true"
        lines.append(f'    "{name}": BuiltinKeywords(keywords: [{names}], refusal: "{template}"{extra}),\n')
    return lines


def main():
    lines = []
    for module, m in MODULES:
        for name in sorted(dir(m)):
            if name.startswith("_"):
                continue
            f = getattr(m, name)
            if f"{module}.{name}" in INACCURATE or not callable(f) or isinstance(f, type):
                continue
            e = entry(module, name, f)
            if e:
                lines.append(e)
    with open(OUT, "w") as out:
        out.write(
            "// Generated by scripts/gen-numpy-signatures.py from numpy "
            f"{np.__version__}; do not edit.\n\n"
            "import Interpreter\n\n"
            "extension NumpySignature {\n"
            "  /// numpy's parameters by qualified name (`numpy.mean`, `numpy.random.choice`).\n"
            "  static let table: [String: NumpySignature] = [\n")
        out.writelines(lines)
        out.write("  ]\n}\n\n")
        out.write(
            "extension NumpyMethodKeywords {\n"
            "  /// The keywords each ndarray method takes, and how numpy refuses another.\n"
            "  static let table: [String: BuiltinKeywords] = [\n")
        out.writelines(method_lines())
        out.write("  ]\n}\n")
    # The project's formatting (swift format lint runs in CI).
    subprocess.run(["swift", "format", "-i", OUT], check=True)
    print(f"{len(lines)} signatures -> {os.path.relpath(OUT, ROOT)}")


main()
