#!/usr/bin/env python3
"""Instructions per operation: NumBook (`nb run`) against CPython (+ numpy), counted by
valgrind's callgrind instead of timed.

Timings on this shared machine swing by 10-30 % from one minute to the next; instruction
counts do not. Each case runs one statement N times in a function's loop, and the same loop
with `pass` in its place; the difference divided by N is the statement's cost, start-up and
the loop itself left out. The ratio is NumBook / reference: below 1 means NumBook executes
fewer instructions. (Instructions are not time: a cache miss or a mispredicted branch costs
more than an add, so read this beside bench/run.py, not instead of it.)

Usage: python3 bench/instructions.py [--only SUBSTRING] [--count N]
Needs valgrind and a release build (swift build -c release --product nb).
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NB = os.path.join(ROOT, ".build", "release", "nb")

# (name, setup at module level, statement in the loop)
CASES = [
    ("call f(i) of a one-line function", "def f(k):\n    return k", "f(i)"),
    ("method call o.inc(i)",
     "class C:\n    def __init__(self):\n        self.n = 0\n    def inc(self, k):\n"
     "        self.n += k\no = C()", "o.inc(i)"),
    ("len(xs)", "xs = [1, 2, 3]", "len(xs)"),
    ("y = x (a list)", "x = [1]", "y = x"),
    ("if x: pass (a list)", "x = [1]", "if x:\n            pass"),
    ("y = i * 2 + 1", "", "y = i * 2 + 1"),
    ("counts[ch] = counts.get(ch, 0) + 1", "counts = {}\nch = 'e'",
     "counts[ch] = counts.get(ch, 0) + 1"),
    ("(i, i)", "", "t = (i, i)"),
    ("xs[3] = i (a list)", "xs = [0] * 10", "xs[3] = i"),
    ("b[1][2] = i (a list of lists)", "b = [[0] * 5 for _ in range(5)]", "b[1][2] = i"),
    ("[c for c in text] of 19 characters", "text = 'the quick brown fox'",
     "t = [c for c in text]"),
    ("s.add(i) (a set of ints)", "s = set()", "s.add(i)"),
    ("i in s (a set of ints)", "s = set(range(0, 40000, 2))", "if i in s:\n            pass"),
    ("x in s (a set of strs)", "s = set('the quick brown fox jumps over the lazy dog'.split())"
     "\nx = 'fox'", "if x in s:\n            pass"),
    ("s.upper() of 'ab'", "s = 'ab'", "t = s.upper()"),
    ("s.split() of 14 words",
     "s = 'the quick brown fox jumps over the lazy dog and keeps on running far'",
     "w = s.split()"),
    ("' '.join(xs) of 9 words", "xs = 'the quick brown fox jumps over the lazy dog'.split()",
     "t = ' '.join(xs)"),
    ("f'{x:.3f}'", "x = 3.14159", "t = f'{x:.3f}'"),
    ("'%.2f' % x", "x = 3.14159", "t = '%.2f' % x"),
    ("s == t (equal strs of 43 characters)",
     "s = 'the quick brown fox jumps over the lazy dog'\nx = ' '.join(s.split())",
     "t = s == x"),
    ("P(3, 4): a new instance setting two attributes",
     "class P:\n    def __init__(self, x, y):\n        self.x = x\n        self.y = y",
     "p = P(3, 4)"),
    ("try: d['k'] except KeyError: pass", "d = {}",
     "try:\n            d['k']\n        except KeyError:\n            pass"),
    ("float(s) of '3.25'", "s = '3.25'", "v = float(s)"),
    ("s.replace('l', 'L') of 'hello world'", "s = 'hello world'", "t = s.replace('l', 'L')"),
    ("a, b = b, a (ints)", "a = 1\nb = 2", "a, b = b, a"),
    ("for a, b in xs (10 pairs)", "xs = [(1, 2)] * 10\na = b = 0",
     "for a, b in xs:\n            pass"),
    ("s.split(',') of 'a,b,c,d'", "s = 'a,b,c,d'", "t = s.split(',')"),
    ("s.strip() of '  hello  '", "s = '  hello  '", "t = s.strip()"),
    ("isinstance(x, int)", "x = 3", "y = isinstance(x, int)"),
    ("if x > 0 and y > 0: pass (ints)", "x = 3\ny = 4", "if x > 0 and y > 0:\n            pass"),
    ("2x2 a + b", "import numpy as np\na = np.ones((2, 2))\nb = np.ones((2, 2))", "c = a + b"),
    ("10x10 a.copy()", "import numpy as np\na = np.ones((10, 10))", "c = a.copy()"),
    ("10x10 a.argmax(axis=1)", "import numpy as np\na = np.ones((10, 10))",
     "c = a.argmax(axis=1)"),
    ("10x10 a.sum(axis=0)", "import numpy as np\na = np.ones((10, 10))", "c = a.sum(axis=0)"),
    ("10x10 a[3]", "import numpy as np\na = np.ones((10, 10))", "c = a[3]"),
    ("10x10 a[3, 4] = 2.5", "import numpy as np\na = np.ones((10, 10))", "a[3, 4] = 2.5"),
]


def program(setup, statement, count):
    # The names the statement uses are passed in, so that they are locals, as in real code.
    names = sorted(set(re.findall(r"\b(?:xs|x|s|o|f|a|b|counts|ch)\b", statement)) - {"f"})
    params = ", ".join(names)
    call = "f" if "f(i)" in statement else None
    if call:
        params = "f" if not params else params + ", f"
    return (f"{setup}\ndef work({params}):\n    for i in range({count}):\n"
            f"        {statement}\nwork({params})\n")


def instructions(command, source, scratch):
    path = os.path.join(scratch, "case.py")
    with open(path, "w") as f:
        f.write(source)
    out = os.path.join(scratch, "callgrind.out")
    # Fixed hash seeds: Swift's and CPython's tables otherwise lay out (and probe) differently
    # in every process, which moved start-up, and so the differences, by a few percent.
    env = dict(os.environ, OPENBLAS_NUM_THREADS="1", SWIFT_DETERMINISTIC_HASHING="1",
               PYTHONHASHSEED="0")
    run = subprocess.run(
        ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", *command, path],
        capture_output=True, text=True, env=env)
    found = re.search(r"Collected : (\d+)", run.stderr)
    if run.returncode != 0 or not found:
        sys.exit(f"valgrind failed on {' '.join(command)}:\n{run.stderr[-2000:]}")
    return int(found.group(1))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--only", default="")
    parser.add_argument("--count", type=int, default=20000)
    args = parser.parse_args()
    if shutil.which("valgrind") is None:
        sys.exit("bench/instructions.py needs valgrind (apt install valgrind)")
    if not os.path.exists(NB):
        sys.exit("no release build: swift build -c release --product nb")
    python = subprocess.run(["python3", "-c", "import sys; print(sys.executable)"],
                            capture_output=True, text=True).stdout.strip()
    with tempfile.TemporaryDirectory() as scratch:
        # valgrind cannot read the Swift toolchain's debug information: a copy without it.
        nb = os.path.join(scratch, "nb")
        subprocess.run(["strip", "--strip-debug", "-o", nb, NB], check=True)
        print("| case | NumBook | CPython | ratio |")
        print("|---|---|---|---|")
        for name, setup, statement in CASES:
            if args.only not in name:
                continue
            costs = []
            for command in ([nb, "run"], [python]):
                full = instructions(command, program(setup, statement, args.count), scratch)
                empty = instructions(command, program(setup, "pass", args.count), scratch)
                costs.append((full - empty) / args.count)
            print(f"| {name} | {costs[0]:.0f} | {costs[1]:.0f} | {costs[0] / costs[1]:.2f} |",
                  flush=True)


if __name__ == "__main__":
    main()
