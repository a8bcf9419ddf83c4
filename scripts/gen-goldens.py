#!/usr/bin/env python3
"""Regenerates the expected outputs of the test fixtures with the real programs.

For every Tests/*/Fixtures/*.py it runs python3 (with numpy) and stores stdout, plus the
final exception line when the program fails, as NAME.out next to it. For every notebook in
Notebooks/ it runs the code cells the way Jupyter does (a cell's trailing expression is
displayed with repr) and stores the stdout as Tests/NotebookTests/Fixtures/NAME.out.

Usage: python3 scripts/gen-goldens.py   (needs numpy, matplotlib and IPython: bootstrap.sh --with-python-refs)
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


# A fixture whose source has this line prints matrix products' last digits, which follow the
# order in which the BLAS kernels sum: its expected output is NAME.out for OpenBLAS's Haswell
# kernels and NAME.avx512.out for its AVX-512 ones (numpy's OpenBLAS and the one NumBook links
# pick the same family on one processor). gen-goldens writes the file of the machine it runs on.
PER_KERNEL_MARK = "# expected output per BLAS kernel family"


def blas_family(corename):
    """The kernel family of an OpenBLAS core name (NumKit's BLASKernel.family)."""
    if corename in ("SkylakeX", "Cooperlake", "SapphireRapids"):
        return "avx512"
    return "haswell" if corename == "Haswell" else None


def numpy_blas_family():
    """The family of the kernels numpy's own OpenBLAS picked on this machine."""
    import ctypes
    import glob
    import numpy
    libs = os.path.join(os.path.dirname(numpy.__file__), os.pardir, "numpy.libs")
    for lib in glob.glob(os.path.join(libs, "*openblas*")):
        handle = ctypes.CDLL(lib)
        for symbol in ("scipy_openblas_get_corename64_", "openblas_get_corename64_",
                       "openblas_get_corename"):
            if hasattr(handle, symbol):
                function = getattr(handle, symbol)
                function.restype = ctypes.c_char_p
                return blas_family(function().decode())
    return None


def variant_path(path, family):
    """The expected output of fixture `path` for kernels of `family` (NAME.out for Haswell
    kernels or an unknown family)."""
    if family and family != "haswell":
        return f"{path[:-3]}.{family}.out"
    return path[:-3] + ".out"


def golden_path(path):
    """Where the expected output of fixture `path` goes on this machine."""
    with open(path) as f:
        per_kernel = PER_KERNEL_MARK in f.read()
    return variant_path(path, numpy_blas_family() if per_kernel else None)


def program_golden(path):
    """stdout of `python3 NAME.py`, run in a scratch copy of its fixture folder."""
    # Run in a scratch copy of the fixture folder, so files a program writes stay out of the repo.
    with tempfile.TemporaryDirectory() as scratch:
        work = os.path.join(scratch, "fixtures")
        shutil.copytree(os.path.dirname(path), work)
        # (Standard input is empty, as the tests give it: a program reading it meets its end.)
        result = subprocess.run([sys.executable, os.path.basename(path)], cwd=work,
                                capture_output=True, text=True, stdin=subprocess.DEVNULL,
                                env={**os.environ, "MPLBACKEND": "Agg"})
    return result.stdout + outcome(result, programs="programs" in path)


def traceback_golden(path):
    """The whole stderr of `python3 NAME.py` (its traceback), run in a scratch copy of the
    folder by relative name; Python 3.11 prints the script's absolute path, which is cut back
    to the name NumBook is given."""
    with tempfile.TemporaryDirectory() as scratch:
        work = os.path.join(scratch, "tracebacks")
        shutil.copytree(os.path.dirname(path), work)
        result = subprocess.run([sys.executable, os.path.basename(path)], cwd=work,
                                capture_output=True, text=True)
    return result.stderr.replace(work + os.sep, "")


def outcome(result, programs):
    """How a failing run ends, as the tests record it. In-process fixtures: the exception line.
    Programs run by `nb`: the exit status, then the last stderr line if there is one."""
    if result.returncode == 0:
        return ""
    lines = [l for l in result.stderr.splitlines() if l.strip()]
    if programs:
        return f"-- exit {result.returncode}\n" + (lines[-1] + "\n" if lines else "")
    return "-- exception\n" + (lines[-1] if lines else "") + "\n"


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


def run_cells_like_jupyter(cells, filename):
    """Runs code cells in one namespace and prints each trailing expression as Jupyter's
    text/plain output shows it: IPython's pretty printer (not for None, not after ';')."""
    from IPython.lib.pretty import pretty
    import matplotlib
    matplotlib.use("Agg")
    namespace = {"__name__": "__main__"}
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        for cell in cells:
            cell = "\n".join("" if l.lstrip().startswith("%") else l for l in cell.split("\n"))
            tree = ast.parse(cell)
            last = tree.body[-1] if tree.body else None
            display = isinstance(last, ast.Expr) and not cell.rstrip().endswith(";")
            if display:
                tree.body.pop()
            exec(compile(tree, filename, "exec"), namespace)
            if display:
                value = eval(compile(ast.Expression(last.value), filename, "eval"), namespace)
                if value is not None:
                    print(pretty(value))
    return out.getvalue()


def notebook_golden(path, parameters=None, seed=None):
    """stdout of a percent-format notebook; `parameters` are injected after the cell tagged
    parameters and `seed` seeds numpy and random first, as `nb run -p ... --seed` does."""
    cells, tags = [], []
    text = open(path).read()
    kind, current, header = None, [], ""
    for line in text.split("\n") + ["# %%"]:
        if line.startswith("# %%") or line.startswith("#%%"):
            if kind == "code":
                cells.append("\n".join(current))
                tags.append("parameters" in header)
            kind = "markdown" if "[markdown]" in line else "code"
            current, header = [], line
        else:
            current.append(line)
    if parameters:
        injected = "\n".join(f"{k} = {v}" for k, v in parameters)
        at = tags.index(True) + 1 if True in tags else 0
        cells.insert(at, injected)
    if seed is not None:
        import numpy as np
        import random
        np.random.seed(seed)
        random.seed(seed)
    return run_cells_like_jupyter(cells, path)


# Runs cells through IPython's own shell: its transformer turns magics and `!` lines into
# get_ipython() calls, its magics run them. In a child process whose stdout is a pipe, so
# shell commands (which write to the file descriptor) and prints come out in order.
IPYTHON_CHILD = r"""
import ast, json, sys
import matplotlib
matplotlib.use("Agg")
from IPython.core.interactiveshell import InteractiveShell
from IPython.lib.pretty import pretty
shell = InteractiveShell.instance()
# (The inline backend needs a kernel; figures are not what this fixture is about.)
shell.register_magic_function(lambda line: None, "line", "matplotlib")
namespace = shell.user_ns
for count, cell in enumerate(json.loads(sys.argv[1]), start=1):
    shell.execution_count = count
    source = shell.transform_cell(cell)
    tree = ast.parse(source)
    last = tree.body[-1] if tree.body else None
    display = isinstance(last, ast.Expr) and not source.rstrip().endswith(";")
    if display:
        tree.body.pop()
    exec(compile(tree, "<cell>", "exec"), namespace)
    if display:
        value = eval(compile(ast.Expression(last.value), "<cell>", "eval"), namespace)
        if value is not None:
            print(pretty(value))
            shell.displayhook.update_user_ns(value)
    sys.stdout.flush()
"""


def run_cells_like_ipython(cells, directory):
    import json
    import subprocess
    child = subprocess.run([sys.executable, "-c", IPYTHON_CHILD, json.dumps(cells)],
                           capture_output=True, text=True, cwd=directory, check=True)
    return child.stdout


# Cells with magics, shell escapes and help in every position MagicTransformer must tell
# apart from Python: IPython's transform_cell gives the source each becomes.
MAGIC_TRANSFORM_CELLS = [
    "%time x = 1",
    "%timeit -n 10 f(x)\nprint('%time is not at the start')",
    "for i in range(3):\n    %time f(i)\n    !echo {i}",
    "files = !ls -la\nout = %timeit -o pass\na.b = %pwd",
    "!!ls\n!echo 'quoted' \"double\" \\backslash",
    "x?\nnp.zeros??\n?len\n??os.path",
    's = """\n%time inside a string\n!not a shell line\n"""',
    "v = (1 +\n%2)\nw = [\n  !x]",
    "x = 1 \\\n  + 2\n%who",
    "print('what?')  # really?\ny = 3 if x != 2 else 4",
    "%env A=1\n%cd /tmp\n%matplotlib inline",
    "def f():\n    '''doc'''\n    return 1\n%time f()",
]


def magic_transforms():
    """[cell, IPython's transformed source] pairs for MagicTransformerTests."""
    from IPython.core.inputtransformer2 import TransformerManager
    manager = TransformerManager()
    return [[cell, manager.transform_cell(cell)] for cell in MAGIC_TRANSFORM_CELLS]


def ipynb_golden(path):
    import nbformat
    nb = nbformat.read(path, as_version=4)
    cells = [c.source for c in nb.cells if c.cell_type == "code"]
    if os.path.basename(path) == "magics.ipynb":
        return run_cells_like_ipython(cells, os.path.dirname(path))
    return run_cells_like_jupyter(cells, path)


def numpy_file_fixtures(folder):
    """Arrays written by real numpy for NumBook to read (Fortran order, big-endian, npz)."""
    import numpy as np
    os.makedirs(folder, exist_ok=True)
    np.save(os.path.join(folder, "numpy_matrix.npy"), np.arange(6, dtype=np.int64).reshape(2, 3))
    np.save(os.path.join(folder, "numpy_fortran.npy"),
            np.asfortranarray(np.arange(6.0).reshape(2, 3) / 4))
    np.save(os.path.join(folder, "numpy_bigendian.npy"), np.array([1.5, -2.25, 1e300], dtype=">f8"))
    w = np.linspace(-1, 1, 6).reshape(3, 2)
    np.savez(os.path.join(folder, "numpy_arrays.npz"), np.array([1, 2, 3]), w=w)
    np.savez_compressed(os.path.join(folder, "numpy_compressed.npz"), np.array([1, 2, 3]), w=w)
    # Pickles CPython writes (protocols 2 and 5) holding arrays and an instance of a class in
    # the programs' own package, for pickle_files.py to load.
    import pickle
    sys.dont_write_bytecode = True  # no __pycache__ in the fixtures
    sys.path.insert(0, os.path.dirname(folder))
    from mylib.layers import Affine
    layer = Affine(np.arange(6, dtype=np.float32).reshape(3, 2) / 3, np.zeros(2))
    net = {"layer": layer, "sizes": (784, 50, 10), "scores": np.array([0.25, -1.5, 1e-300]),
           "big": np.ones((3, 300), dtype=np.int32), "flags": np.array([True, False]),
           "text": "héllo", "nested": [[1, 2.5, None], {"k": (True, b"\x00\xffb")}]}
    for version in (2, 5):
        with open(os.path.join(folder, "cpython_protocol%d.pkl" % version), "wb") as f:
            pickle.dump(net, f, protocol=version)
    # MNIST's file format (idx, gzip) in miniature, for gzip_mnist.py.
    import gzip
    import struct
    images = np.random.default_rng(7).integers(0, 256, size=(4, 28, 28), dtype=np.uint8)
    with gzip.GzipFile(os.path.join(folder, "tiny-images-idx3-ubyte.gz"), "wb", mtime=0) as f:
        f.write(struct.pack(">IIII", 2051, 4, 28, 28) + images.tobytes())
    with gzip.GzipFile(os.path.join(folder, "tiny-labels-idx1-ubyte.gz"), "wb", mtime=0) as f:
        f.write(struct.pack(">II", 2049, 4) + bytes([7, 2, 1, 0]))


def numpy_reading_ours(programs):
    """What numpy prints reading the files npy_roundtrip.py writes (numpy writing them here),
    and numpy's own bytes for ours.npy, to compare NumBook's files with."""
    with tempfile.TemporaryDirectory() as scratch:
        work = os.path.join(scratch, "programs")
        shutil.copytree(programs, work)
        subprocess.run([sys.executable, "npy_roundtrip.py"], cwd=work, capture_output=True)
        reader = os.path.join(os.path.dirname(programs), "numpy_reads_ours.py")
        result = subprocess.run([sys.executable, reader], cwd=work, capture_output=True, text=True,
                                check=True)
        with open(reader[:-3] + ".out", "w") as f:
            f.write(result.stdout)
        shutil.copy(os.path.join(work, "ours.npy"), os.path.join(programs, "data", "expected_ours.npy"))


def main():
    programs_dir = os.path.join(ROOT, "Tests", "NotebookTests", "Fixtures", "programs")
    numpy_file_fixtures(os.path.join(programs_dir, "data"))
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
                with open(golden_path(path), "w") as f:
                    f.write(program_golden(path))
    numpy_reading_ours(programs_dir)
    tracebacks = os.path.join(ROOT, "Tests", "NotebookTests", "Fixtures", "tracebacks")
    for name in sorted(os.listdir(tracebacks)):
        if name.endswith(".py"):
            with open(os.path.join(tracebacks, name[:-3] + ".err"), "w") as f:
                f.write(traceback_golden(os.path.join(tracebacks, name)))
    fixtures = os.path.join(ROOT, "Tests", "NotebookTests", "Fixtures")
    import json
    with open(os.path.join(fixtures, "ipynb", "magic_transforms.json"), "w") as f:
        json.dump(magic_transforms(), f, indent=1)
        f.write("\n")
    for name in sorted(os.listdir(os.path.join(fixtures, "ipynb"))):
        if name.endswith(".ipynb"):
            with open(os.path.join(fixtures, "ipynb", name[:-6] + ".out"), "w") as f:
                f.write(ipynb_golden(os.path.join(fixtures, "ipynb", name)))
    # nb run params.nb -p epochs 5 -p name demo --seed 7
    with open(os.path.join(fixtures, "reports", "params.out"), "w") as f:
        f.write(notebook_golden(os.path.join(fixtures, "reports", "params.nb"),
                                parameters=[("epochs", "5"), ("name", "'demo'")], seed=7))
    notebooks = os.path.join(ROOT, "Notebooks")
    target = os.path.join(ROOT, "Tests", "NotebookTests", "Fixtures")
    os.makedirs(target, exist_ok=True)
    for name in sorted(os.listdir(notebooks)):
        if name.endswith(".nb"):
            with open(os.path.join(target, name[:-3] + ".out"), "w") as f:
                f.write(notebook_golden(os.path.join(notebooks, name)))


if __name__ == "__main__":
    main()
