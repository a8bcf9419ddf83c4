#!/usr/bin/env python3
"""Runs the release `nb` (what users run) over the language fixtures and the notebooks.

The Swift test suite runs a debug build. Release builds differ in what matters here: they
skip exclusivity checks and count the interpreter's references without atomic instructions,
which is only sound while no two threads touch its objects at once (generator threads, the
large-stack runner, timers). So `make test` also runs every language and numpy fixture through
`.build/release/nb run` (stdout, then `-- exception` and the last stderr line, as the
fixture tests compare) and every notebook with a report, and fails on any difference.
"""
import importlib.util
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NB = os.path.join(ROOT, ".build", "release", "nb")
FIXTURE_DIRS = [os.path.join(ROOT, "Tests", t, "Fixtures") for t in ("InterpreterTests", "ModulesTests")]
NUMBER = re.compile(r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")


def load_goldens():
    """scripts/gen-goldens.py as a module (its name is not importable as written)."""
    spec = importlib.util.spec_from_file_location(
        "gen_goldens", os.path.join(ROOT, "scripts", "gen-goldens.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


GOLDENS = load_goldens()


def linked_blas_family():
    """The kernel family of the OpenBLAS kernels `nb` runs on (NumKit's BLASKernel.family):
    as np.show_config() reports them (NumBook may have asked OpenBLAS for other kernels than
    the library picks by itself, see Sources/COpenBLASCore)."""
    with tempfile.TemporaryDirectory() as directory:
        program = os.path.join(directory, "kernels.py")
        with open(program, "w") as f:
            f.write("import numpy as np\nnp.show_config()\n")
        report = subprocess.run([NB, "run", program], capture_output=True, text=True,
                                check=True).stdout
    for line in report.splitlines():
        if line.strip().startswith("kernels:"):
            return GOLDENS.blas_family(line.split()[1])
    return None


def expected_output(directory, name, family):
    """NAME.out, or NAME.FAMILY.out where the fixture has one for these kernels (see
    gen-goldens.py's PER_KERNEL_MARK)."""
    variant = GOLDENS.variant_path(os.path.join(directory, name), family)
    return variant if os.path.exists(variant) else os.path.join(directory, name[:-3] + ".out")


def run_fixture(directory, name):
    result = subprocess.run([NB, "run", name], cwd=directory, capture_output=True, text=True,
                            timeout=120)
    out = result.stdout
    if result.returncode != 0:
        last = (result.stderr.rstrip("\n").splitlines() or ["?"])[-1]
        out += "-- exception\n" + last + "\n"
    return out


def declared_tolerance(source):
    """`# tolerance: rtol=R atol=A` (Tests/ModulesTests/NumericTolerance.swift's rule)."""
    for line in source.splitlines():
        if line.startswith("# tolerance:"):
            fields = dict(f.split("=", 1) for f in line[12:].split() if f.count("=") == 1)
            return float(fields.get("rtol", 0)), float(fields.get("atol", 0))
    return None


def pieces(text):
    out, at = [], 0
    for m in NUMBER.finditer(text):
        out.append("".join(text[at:m.start()].split()))
        out.append(float(m.group()))
        at = m.end()
    out.append("".join(text[at:].split()))
    return out


def within(actual, expected, tolerance):
    rtol, atol = tolerance
    a, e = pieces(actual), pieces(expected)
    return len(a) == len(e) and all(
        x == y if isinstance(y, str) else isinstance(x, float) and abs(x - y) <= atol + rtol * abs(y)
        for x, y in zip(a, e))


def main():
    failures = []
    names = []
    family = linked_blas_family()
    for directory in FIXTURE_DIRS:
        for name in sorted(n for n in os.listdir(directory) if n.endswith(".py")):
            names.append(name)
            with open(os.path.join(directory, name)) as f:
                tolerance = declared_tolerance(f.read())
            with open(expected_output(directory, name, family)) as f:
                expected = f.read()
            out = run_fixture(directory, name)
            if out != expected and not (tolerance and within(out, expected, tolerance)):
                failures.append(name)
    notebooks = sorted(n for n in os.listdir(os.path.join(ROOT, "Notebooks")) if n.endswith(".nb"))
    with tempfile.TemporaryDirectory() as out:
        for name in notebooks:
            result = subprocess.run(
                [NB, "run", "--quiet", os.path.join("Notebooks", name), "--figures",
                 os.path.join(out, "figures"), "--report", out],
                cwd=ROOT, capture_output=True, text=True, timeout=600)
            if result.returncode != 0:
                failures.append(f"{name} (exit {result.returncode}: {result.stderr.strip()[-300:]})")
    print(f"release nb: {len(names)} fixtures, {len(notebooks)} notebooks, "
          f"{len(failures)} failing")
    for failure in failures:
        print("  FAIL", failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
