#!/usr/bin/env python3
"""Runs the release `nb` (what users run) over the language fixtures and the notebooks.

The Swift test suite runs a debug build. Release builds differ in what matters here: they
skip exclusivity checks and count the interpreter's references without atomic instructions,
which is only sound while no two threads touch its objects at once (generator threads, the
large-stack runner, timers). So `make test` also runs every language fixture through
`.build/release/nb run` (stdout, then `-- exception` and the last stderr line, as the
fixture tests compare) and every notebook with a report, and fails on any difference.
"""
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NB = os.path.join(ROOT, ".build", "release", "nb")
FIXTURES = os.path.join(ROOT, "Tests", "InterpreterTests", "Fixtures")


def run_fixture(name):
    result = subprocess.run([NB, "run", name], cwd=FIXTURES, capture_output=True, text=True,
                            timeout=120)
    out = result.stdout
    if result.returncode != 0:
        last = (result.stderr.strip().splitlines() or ["?"])[-1]
        out += "-- exception\n" + last + "\n"
    return out


def main():
    failures = []
    names = sorted(n for n in os.listdir(FIXTURES) if n.endswith(".py"))
    for name in names:
        with open(os.path.join(FIXTURES, name[:-3] + ".out")) as f:
            expected = f.read()
        if run_fixture(name) != expected:
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
