#!/usr/bin/env python3
"""Everyday idioms, NumBook against CPython: the per-call cost of about forty small things
learner code does (sum of a list, sorted, `x in d`, split, join, f-strings with a float spec,
`%`-formatting, slicing, a class instance, a method call, `map` and `sorted` with a lambda,
try/except, a dict comprehension, ...), each in a function called 20 000 times, the cost of an
empty call subtracted. Both programs run the same source, twice each, alternating; the table
gives the better of the two per idiom and the ratio NumBook / CPython.

Where bench/run.py tracks the issue's rows, this finds the idioms that are far off: session 15
found `len(s)` O(n), `s.split()` 48x and `f'{x:.3f}'` 8x slower than CPython with it.

Usage: python3 bench/idioms.py       (needs a release build: swift build -c release --product nb)
"""
import os
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NB = os.path.join(ROOT, ".build", "release", "nb")

PROGRAM = r'''
import time
N = 100000
xs = list(range(100))
s100 = "the quick brown fox jumps over the lazy dog " * 3
d = {str(i): i for i in range(100)}
st = set(range(100))
grid = [[i * j for j in range(10)] for i in range(10)]
class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm(self):
        return self.x * self.x + self.y * self.y
p = P(3, 4)
def cases():
    yield "sum(xs) 100", lambda: sum(xs), 1
    yield "max(xs) 100", lambda: max(xs), 1
    yield "sorted(xs) 100", lambda: sorted(xs), 1
    yield "x in list 100", lambda: 99 in xs, 1
    yield "x in dict", lambda: '50' in d, 1
    yield "x in set", lambda: 50 in st, 1
    yield "s.split()", lambda: s100.split(), 1
    yield "' '.join", lambda: ' '.join(['a', 'b', 'c', 'd']), 1
    yield "f'{x:.3f}'", lambda: f'{3.14159:.3f}', 1
    yield "str(i)", lambda: str(12345), 1
    yield "int(s)", lambda: int('12345'), 1
    yield "float(s)", lambda: float('3.25'), 1
    yield "'%.2f' % x", lambda: '%.2f' % 3.14159, 1
    yield "s.format", lambda: '{} {}'.format(1, 'a'), 1
    yield "xs[1:3]", lambda: xs[1:3], 1
    yield "s[::-1]", lambda: s100[::-1], 1
    yield "grid[i][j]", lambda: grid[3][4], 1
    yield "P(3, 4)", lambda: P(3, 4), 1
    yield "p.norm()", lambda: p.norm(), 1
    yield "p.x", lambda: p.x, 1
    yield "d.get(k, 0)+1", lambda: d.get('7', 0) + 1, 1
    yield "min(a, b)", lambda: min(3, 4), 1
    yield "abs(x)", lambda: abs(-3.5), 1
    yield "round(x, 2)", lambda: round(3.14159, 2), 1
    yield "isinstance", lambda: isinstance(p, P), 1
    yield "len(s)", lambda: len(s100), 1
    yield "[x*2 for x in xs if x%2]", lambda: [x * 2 for x in xs if x % 2], 1
    yield "sum(x*x for x in xs)", lambda: sum(x * x for x in xs), 1
    yield "sorted(key=lambda)", lambda: sorted(xs, key=lambda v: -v), 1
    yield "list(map(lambda))", lambda: list(map(lambda v: v + 1, xs)), 1
    yield "try/except", tryexc, 1
    yield "dict comp 100", lambda: {k: v for k, v in d.items()}, 1
    yield "list(range(100))", lambda: list(range(100)), 1
    yield "xs.copy()", lambda: xs.copy(), 1
    yield "s.upper()", lambda: s100.upper(), 1
    yield "s.replace", lambda: s100.replace('fox', 'cat'), 1
    yield "str ==", lambda: s100 == s100[:], 1
def tryexc():
    try:
        raise ValueError('x')
    except ValueError:
        return 1
def run(fn, n):
    t = time.perf_counter()
    for _ in range(n):
        fn()
    return time.perf_counter() - t
def empty():
    return None
n = 20000
base = min(run(empty, n) for _ in range(3))
for name, fn, _ in cases():
    best = min(run(fn, n) for _ in range(3))
    print(f"{name}\t{(best - base) / n * 1e9:.1f}")
'''


def measure(command, path):
    out = subprocess.run(command + [path], capture_output=True, text=True, timeout=600, check=True)
    return {name: float(ns) for name, ns in (line.split("\t") for line in out.stdout.splitlines())}


def main():
    if not os.path.exists(NB):
        sys.exit("idioms: build first: swift build -c release --product nb")
    with tempfile.TemporaryDirectory() as workdir:
        path = os.path.join(workdir, "idioms.py")
        with open(path, "w") as f:
            f.write(PROGRAM)
        # A copy of the binary, as bench/run.py times (see its comment).
        nb = os.path.join(workdir, "nb")
        shutil.copy(NB, nb)
        ours, theirs = [], []
        for _ in range(2):
            ours.append(measure([nb, "run"], path))
            theirs.append(measure([sys.executable], path))
    print("| idiom | NumBook ns | CPython ns | ratio |")
    print("|---|---|---|---|")
    for name in ours[0]:
        a = min(run[name] for run in ours)
        b = min(run[name] for run in theirs)
        ratio = f"{a / b:.2f}" if b > 1 else "-"
        print(f"| `{name}` | {a:.1f} | {b:.1f} | {ratio} |")


if __name__ == "__main__":
    main()
