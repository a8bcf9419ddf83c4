#!/usr/bin/env python3
"""Regenerates the expected outputs of the test fixtures with the real programs.

For every Tests/*/Fixtures/*.py it runs python3 (with numpy) and stores stdout, plus the
final exception line when the program fails, as NAME.out next to it. For every notebook in
Notebooks/ it runs the code cells the way Jupyter does (a cell's trailing expression is
displayed with repr) and stores the stdout as Tests/NotebookTests/Fixtures/NAME.out.

Usage: python3 scripts/gen-goldens.py   (needs numpy and matplotlib: bootstrap.sh --with-python-refs)
"""
import ast
import io
import os
import subprocess
import sys
import contextlib
import shutil
import tempfile
import traceback

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def program_golden(path):
    # Run in a scratch copy of the fixture folder, so files a program writes stay out of the repo.
    with tempfile.TemporaryDirectory() as scratch:
        work = os.path.join(scratch, "fixtures")
        shutil.copytree(os.path.dirname(path), work)
        result = subprocess.run([sys.executable, os.path.basename(path)], cwd=work,
                                capture_output=True, text=True,
                                env={**os.environ, "MPLBACKEND": "Agg"})
    text = result.stdout
    if result.returncode != 0:
        last = [l for l in result.stderr.splitlines() if l.strip()][-1]
        text += "-- exception\n" + last + "\n"
    return text


def percent_cells(text):
    cells, current, kind = [], [], None
    for line in text.split("\n"):
        if line.startswith("# %%") or line.startswith("#%%"):
            if kind == "code":
                cells.append("\n".join(current))
            kind = "markdown" if "[markdown]" in line else "code"
            current = []
        else:
            current.append(line)
    if kind == "code":
        cells.append("\n".join(current))
    return cells


def notebook_golden(path):
    import matplotlib
    matplotlib.use("Agg")
    namespace = {"__name__": "__main__"}
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        for cell in percent_cells(open(path).read()):
            tree = ast.parse(cell)
            last = tree.body[-1] if tree.body else None
            display = isinstance(last, ast.Expr) and not cell.rstrip().endswith(";")
            if display:
                tree.body.pop()
            exec(compile(tree, path, "exec"), namespace)
            if display:
                value = eval(compile(ast.Expression(last.value), path, "eval"), namespace)
                if value is not None:
                    print(repr(value))
    return out.getvalue()


def main():
    folders = []
    for folder in sorted(os.listdir(os.path.join(ROOT, "Tests"))):
        fixtures = os.path.join(ROOT, "Tests", folder, "Fixtures")
        folders += [fixtures, os.path.join(fixtures, "programs")]
    for fixtures in folders:
        if not os.path.isdir(fixtures):
            continue
        for name in sorted(os.listdir(fixtures)):
            if name.endswith(".py"):
                path = os.path.join(fixtures, name)
                with open(path[:-3] + ".out", "w") as f:
                    f.write(program_golden(path))
    notebooks = os.path.join(ROOT, "Notebooks")
    target = os.path.join(ROOT, "Tests", "NotebookTests", "Fixtures")
    os.makedirs(target, exist_ok=True)
    for name in sorted(os.listdir(notebooks)):
        if name.endswith(".nb"):
            with open(os.path.join(target, name[:-3] + ".out"), "w") as f:
                f.write(notebook_golden(os.path.join(notebooks, name)))


if __name__ == "__main__":
    main()
