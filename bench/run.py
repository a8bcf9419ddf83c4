#!/usr/bin/env python3
"""Side-by-side benchmarks: NumBook (`nb run`) against python3 + numpy on the same programs.

Each case is one small program that times its own kernel with time.perf_counter() and prints
the seconds, so process start-up is not measured. The two programs alternate, every case runs
REPEATS times per side, and the table reports medians and the ratio NumBook / reference
(below 1 means NumBook is faster), at 1 and 2 OpenBLAS threads (the same for both sides).

Usage: python3 bench/run.py [--repeats N] [--only SUBSTRING] [--threads 1,2]
Needs a release build: swift build -c release --product nb
"""
import argparse
import os
import statistics
import subprocess
import sys
import shutil
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NB = os.path.join(ROOT, ".build", "release", "nb")

# (name, setup, timed statement, inner repetitions)
F64 = "a = np.arange(1000000) * 0.5e-6\nb = np.arange(1000000) * 0.25e-6"
F32 = "a = (np.arange(1000000) * 0.5e-6).astype(np.float32)\nb = (np.arange(1000000) * 0.25e-6).astype(np.float32)"
SQUARE = "m = (np.arange(1000000) % 997 * 0.001).reshape(1000, 1000)"
RANDOM_SQUARE = "np.random.seed(0)\nr = np.random.rand(1000, 1000)"
# The course's from-scratch CNN (im2col, pooling, batch norm, Adam): one training step. The
# layers are the fixture's (everything before its data), the sizes and step are bench/convnet.py.
with open(os.path.join(ROOT, "Tests", "ModulesTests", "Fixtures", "course_convnet.py")) as f:
    LAYERS = f.read().split("\nnp.random.seed(0)\n")[0] + "\n\n"
with open(os.path.join(ROOT, "bench", "convnet.py")) as f:
    CONVNET = LAYERS + f.read()

# (name, setup, timed statement, inner repetitions[, floating-point operations per repetition])
NUMPY_CASES = [
    ("add f64 1e6", F64, "c = a + b", 100),
    ("multiply f64 1e6", F64, "c = a * b", 100),
    ("exp f64 1e6", F64, "c = np.exp(a)", 10),
    ("exp f64 1e6 into out=", F64 + "\nc = np.empty_like(a)", "np.exp(a, out=c)", 10),
    ("add f32 1e6", F32, "c = a + b", 100),
    ("multiply f32 1e6", F32, "c = a * b", 100),
    ("exp f32 1e6", F32, "c = np.exp(a)", 10),
    ("log f64 1e6", F64 + "\nl = a + 0.5", "c = np.log(l)", 10),
    ("log f32 1e6", F32 + "\nl = a + np.float32(0.5)", "c = np.log(l)", 10),
    ("tanh f64 1e6", F64, "c = np.tanh(a)", 10),
    ("tanh f32 1e6", F32, "c = np.tanh(a)", 10),
    ("scalar * f64 1e6", F64, "c = a * 3.0", 100),
    ("compare a > 0.5 f64 1e6", F64, "c = a > 0.5", 100),
    ("a ** 2 f64 1e6", F64, "c = a ** 2", 100),
    ("where(a > 0.25, a, 0) f64 1e6", F64 + "\nk = a > 0.25", "c = np.where(k, a, 0)", 20),
    ("isnan f64 1e6", F64, "c = np.isnan(a)", 100),
    ("count_nonzero mask 1e6", F64 + "\nk = a > 0.25", "c = np.count_nonzero(k)", 100),
    ("round(a, 2) f64 1e6", F64, "c = np.round(a, 2)", 20),
    ("sort rows 1000x1000", RANDOM_SQUARE, "s = np.sort(r, axis=1)", 3),
    ("sqrt f64 1e6", F64, "c = np.sqrt(a)", 20),
    ("clip(a, 0.2, 0.8) f64 1e6", F64, "c = np.clip(a, 0.2, 0.8)", 20),
    ("a += b f64 1e6 (in place)", F64, "a += b", 100),
    ("max f64 1e6", F64, "s = a.max()", 100),
    ("mask.sum() 1e6", F64 + "\nk = a > 0.25", "s = k.sum()", 100),
    ("random.rand 1e6", "np.random.seed(0)", "r = np.random.rand(1000000)", 5),
    ("random.permutation 60000", "np.random.seed(0)", "p = np.random.permutation(60000)", 20),
    ("batch rows x[idx] 100 of 60000x784 f32",
     "np.random.seed(0)\nx = np.random.rand(60000, 784).astype(np.float32)\n"
     "idx = np.random.randint(0, 60000, 100)", "b = x[idx]", 1000),
    ("col2im img[:, :, y::2, x::2] += col[:, :, y, x] 100x30x12x12",
     "np.random.seed(0)\ncol = np.random.rand(432000, 4).reshape(100, 12, 12, 30, 2, 2)"
     ".transpose(0, 3, 4, 5, 1, 2)\nimg = np.zeros((100, 30, 25, 25))",
     "img[:, :, 1:25:2, 0:24:2] += col[:, :, 1, 0, :, :]", 50),
    ("sum f64 1e6", F64, "s = a.sum()", 100),
    ("sum axis=0 1000x1000", SQUARE, "s = m.sum(axis=0)", 20),
    ("sum axis=1 1000x1000", SQUARE, "s = m.sum(axis=1)", 20),
    ("argmax axis=0 1000x1000", SQUARE, "s = m.argmax(axis=0)", 20),
    ("argmax axis=1 1000x1000", SQUARE, "s = m.argmax(axis=1)", 20),
    ("matmul f64 256", "a = np.ones((256, 256)) * 0.5", "c = a @ a", 20, 2 * 256**3),
    ("matmul f64 1024", "a = np.ones((1024, 1024)) * 0.5", "c = a @ a", 3, 2 * 1024**3),
    ("matmul f64 2048", "a = np.ones((2048, 2048)) * 0.5", "c = a @ a", 1, 2 * 2048**3),
    ("matmul f32 256", "a = np.ones((256, 256), dtype=np.float32)", "c = a @ a", 20, 2 * 256**3),
    ("matmul f32 1024", "a = np.ones((1024, 1024), dtype=np.float32)", "c = a @ a", 3, 2 * 1024**3),
    ("matmul f32 2048", "a = np.ones((2048, 2048), dtype=np.float32)", "c = a @ a", 1, 2 * 2048**3),
    ("transpose+copy 2048x2048", "a = np.ones((2048, 2048))", "c = a.T.copy()", 5),
    ("mask store 100x4x28x28", "x = np.random.randn(100, 4, 28, 28)\nm = x <= 0",
     "y = x.copy()\ny[m] = 0", 20),
    ("fancy store 78400x4", "i = np.random.randint(0, 4, size=78400)\nd = np.zeros((78400, 4))\n"
     "v = np.random.randn(78400)", "d[np.arange(78400), i] = v", 20),
    ("im2col copies 3x3 of 100x30x30",
     "col = np.zeros((100, 1, 3, 3, 28, 28))\nimg = np.random.randn(100, 1, 30, 30)",
     "for y in range(3):\n    for x in range(3):\n        col[:, :, y, x, :, :] = img[:, :, y:y + 28, x:x + 28]",
     20),
    ("convnet train step (course)", CONVNET, "loss = train_step()", 5),
    ("2x2 add (per call)", "a = np.array([[1.0, 2.0], [3.0, 4.0]])", "c = a + a", 100000),
    ("2x2 dot (per call)", "a = np.array([[1.0, 2.0], [3.0, 4.0]])", "c = np.dot(a, a)", 100000),
    ("scalar index (per call)", "a = np.ones((10, 10))", "v = a[3, 4]", 100000),
    ("scalar store (per call)", "a = np.ones((10, 10))", "a[3, 4] = 2.5", 100000),
    ("2x2 a.sum() method (per call)", "a = np.array([[1.0, 2.0], [3.0, 4.0]])", "s = a.sum()", 100000),
    ("10x10 row a[3] (per call)", "a = np.ones((10, 10))", "r = a[3]", 100000),
    ("10x10 a > 0.5 (per call)", "a = np.ones((10, 10))", "r = a > 0.5", 100000),
    ("10x10 argmax(axis=1) (per call)", "a = np.ones((10, 10))", "r = a.argmax(axis=1)", 100000),
]

LANGUAGE_CASES = [
    ("float loop 1e6", "x = 0.0", "for i in range(1000000):\n    x += i * 0.5", 1),
    ("fib(25)", "def fib(n):\n    return n if n < 2 else fib(n - 1) + fib(n - 2)", "fib(25)", 1),
    ("call loop 1e6", "def f(a, b):\n    return a + b", "for i in range(1000000):\n    f(i, 1)", 1),
    ("method calls 1e5",
     "class C:\n    def __init__(self):\n        self.n = 0\n    def inc(self, k):\n        self.n += k\no = C()",
     "for i in range(100000):\n    o.inc(i)", 1),
    ("list append 1e6", "", "xs = []\nfor i in range(1000000):\n    xs.append(i)", 1),
    ("list comprehension 1e6", "", "xs = [i * 2 for i in range(1000000)]", 1),
    ("dict int keys 1e5", "d = {i: i for i in range(1000)}", "for i in range(100000):\n    d[i % 1000] += 1", 1),
    ("dict str keys 1e5", "keys = [str(i) for i in range(1000)]\nd = {k: 0 for k in keys}",
     "for i in range(100000):\n    d[keys[i % 1000]] += 1", 1),
    ("generator 1e5 yields", "def g(n):\n    for i in range(n):\n        yield i",
     "s = 0\nfor v in g(100000):\n    s += v", 1),
    ("string building 1e5", "", "s = ''\nfor i in range(100000):\n    s += str(i)", 1),
    ("built-in calls 1e5 (len, isinstance, d.get, s.upper)", "xs = [1, 2, 3]\nd = {1: 2}\ns = 'ab'",
     "for i in range(100000):\n    len(xs)\n    isinstance(i, int)\n    d.get(i, 0)\n    s.upper()", 1),
    # The same kind of calls inside a function, where CPython's names are fast too (at module
    # level each of its name reads is a dictionary lookup).
    ("built-in calls in a function 1e5 (len, abs, min, str, round, d.get, s.upper)",
     "def work(xs, d, s, f):\n    for i in range(100000):\n        len(xs)\n        abs(i)\n"
     "        min(i, 5)\n        str(i)\n        round(f)\n        d.get(i, 0)\n        s.upper()\n"
     "xs = [1, 2, 3]\nd = {1: 2}\ns = 'ab'\nf = 2.5",
     "work(xs, d, s, f)", 1),
    ("small operations 1e5 (xs[1], d['k'], s[0], (i, i), f'{i}')",
     "xs = [1, 2, 3]\nd = {'k': 1}\ns = 'abc'",
     "for i in range(100000):\n    xs[1]\n    d['k']\n    s[0]\n    (i, i)\n    f'{i}'", 1),
    ("pair loops 1e5 (enumerate, zip, dict.items())",
     "xs = list(range(100000))\nd = {i: i for i in range(100000)}",
     "s = 0\nfor i, x in enumerate(xs):\n    s += x\nfor a, b in zip(xs, xs):\n    s += a\n"
     "for k, v in d.items():\n    s += v", 1),
    ("dict building 1e5 (d[k] = v)", "keys = [str(i) for i in range(100000)]",
     "d = {}\nfor k in keys:\n    d[k] = 1", 1),
    ("text 1e4 (split, join, f'{x:.3f}', '%.2f' % x, s == t)",
     "line = 'the quick brown fox jumps over the lazy dog'\nx = 3.14159",
     "for i in range(10000):\n    w = line.split()\n    t = ' '.join(w)\n    a = f'{x:.3f}'\n"
     "    b = '%.2f' % x\n    e = t == line", 1),
    # Character loops of text processing, in a function (as learners write them).
    ("character loops 4.4e4 (for ch in text: ch in 'aeiou', counts.get(ch, 0) + 1)",
     "text = 'the quick brown fox jumps over the lazy dog ' * 1000\n"
     "def work(text):\n    n = 0\n    counts = {}\n    for ch in text:\n"
     "        if ch in 'aeiou':\n            n += 1\n"
     "        counts[ch] = counts.get(ch, 0) + 1\n    return n, counts",
     "work(text)", 1),
    # Sets: building one, membership, removal and the operators, in a function.
    ("sets 1e5 (add, in, discard, | & - ^ of 1e4)",
     "def work():\n    s = set()\n    for i in range(100000):\n        s.add(i * 7 % 100003)\n"
     "    n = 0\n    for i in range(100000):\n        if i in s:\n            n += 1\n"
     "    for i in range(0, 100000, 2):\n        s.discard(i)\n"
     "    u, v = set(range(10000)), set(range(5000, 15000))\n"
     "    return n, len(u | v), len(u & v), len(u - v), len(u ^ v)",
     "work()", 1),
    # Binary data: a bytearray built byte by byte (file formats), and a dataset file's
    # checksums and base64 text (hashlib on libcrypto on both sides).
    ("bytearray 1e5 (append, ba[i], bytes(ba))", "",
     "ba = bytearray()\nfor i in range(100000):\n    ba.append(i & 255)\nx = ba[500]\nb = bytes(ba)", 1),
    ("digests of 10 MB (md5, sha256, base64 round trip)",
     "import hashlib, base64\ndata = bytes(range(256)) * 40000",
     "hashlib.md5(data).hexdigest()\nhashlib.sha256(data).hexdigest()\n"
     "base64.b64decode(base64.b64encode(data))", 1),
]

# Plotting: the timed statement draws and saves an SVG; the table also gives the file sizes.
PLOT_CASES = [
    ("line 1e6 points, savefig svg",
     "import matplotlib\nmatplotlib.use('svg')\nimport matplotlib.pyplot as plt\n"
     "x = np.linspace(0, 100, 1000000)\ny = np.sin(x)",
     "plt.figure()\nplt.plot(x, y)\nplt.savefig('figure.svg')\nplt.close()", 1),
    ("imshow 1000x1000, savefig svg",
     "import matplotlib\nmatplotlib.use('svg')\nimport matplotlib.pyplot as plt\n"
     "img = (np.arange(1000000) % 997 * 0.001).reshape(1000, 1000)",
     "plt.figure()\nplt.imshow(img)\nplt.colorbar()\nplt.savefig('figure.svg')\nplt.close()", 1),
]


def program(setup, statement, inner, uses_numpy):
    body = "\n".join("    " + line for line in statement.split("\n"))
    header = "import time\n" + ("import numpy as np\n" if uses_numpy else "")
    # Both sides are measured in their steady state: before the timed loop, each spends
    # 0.3 s untimed, running the statement when it is repeated (buffers allocated, pages
    # touched) and spinning otherwise. Without it, whichever side reaches its timed loop
    # sooner after start-up runs it on a processor still raising its clock: NumBook starts
    # in 20 ms, python3 with numpy in 100, and a 256x256 product took 750 µs on NumBook's
    # first dozen repeats against 540 µs after (numpy's first four).
    settle = "_settle = time.perf_counter()\nwhile time.perf_counter() - _settle < 0.3:\n"
    warmup = settle + (f"{body}\n" if inner > 1 else "    pass\n")
    return (f"{header}{setup}\n{warmup}start = time.perf_counter()\nfor _ in range({inner}):\n{body}\n"
            f"print(time.perf_counter() - start)\n")


def time_once(command, path, threads):
    env = {**os.environ, "OPENBLAS_NUM_THREADS": str(threads)}
    result = subprocess.run(command + [path], capture_output=True, text=True, env=env,
                            cwd=os.path.dirname(path), timeout=600)
    if result.returncode != 0:
        return None, (result.stderr.strip().splitlines() or ["?"])[-1]
    return float(result.stdout.strip().splitlines()[-1]), None


def run_case(name, setup, statement, inner, uses_numpy, threads, repeats, workdir):
    path = os.path.join(workdir, "case.py")
    with open(path, "w") as f:
        f.write(program(setup, statement, inner, uses_numpy))
    ours, theirs = [], []
    sizes = {}
    for _ in range(repeats):
        for command, times, side in (([NB, "run"], ours, "ours"), ([sys.executable], theirs, "ref")):
            t, error = time_once(command, path, threads)
            if error:
                return name, None, None, error
            times.append(t / inner)
            figure = os.path.join(workdir, "figure.svg")
            if os.path.exists(figure):
                sizes[side] = os.path.getsize(figure)
                os.remove(figure)
    run_case.sizes = sizes
    return name, statistics.median(ours), statistics.median(theirs), None


def fmt(seconds):
    if seconds is None:
        return "—"
    for unit, scale in (("s", 1), ("ms", 1e-3), ("µs", 1e-6), ("ns", 1e-9)):
        if seconds >= scale:
            return f"{seconds / scale:.3g} {unit}"
    return f"{seconds / 1e-9:.3g} ns"


def main():
    global NB
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--only", default="")
    parser.add_argument("--threads", default="1,2")
    parser.add_argument("--table", default="", help="only the tables whose title has this")
    args = parser.parse_args()
    if not os.path.exists(NB):
        sys.exit("bench: build first: swift build -c release --product nb")
    thread_counts = [int(t) for t in args.threads.split(",")]
    with tempfile.TemporaryDirectory() as workdir:
        # A copy of the binary is timed: the freshly linked file runs call-heavy code about a
        # fifth slower than a copy of the same bytes while the kernel caches it as the linker
        # wrote it (see the Makefile's build target), which would make rows depend on whether
        # the binary was just linked.
        copy = os.path.join(workdir, "nb")
        shutil.copy(NB, copy)
        NB = copy
        for title, cases, uses_numpy, reference in (
            ("numpy kernel", NUMPY_CASES, True, "python3 + numpy"),
            ("language", LANGUAGE_CASES, False, "CPython"),
            ("plotting", PLOT_CASES, True, "python3 + matplotlib (svg backend)"),
        ):
            if args.table not in title:
                continue
            threads = thread_counts if uses_numpy and cases is not PLOT_CASES else thread_counts[:1]
            print(f"\n### {title} (reference: {reference}; times per operation, median of {args.repeats})\n")
            head = "| case |" + "".join(f" NumBook {t}T | ref {t}T | ratio {t}T |" for t in threads)
            print(head)
            print("|---|" + "---|---|---|" * len(threads))
            for case in cases:
                name, setup, statement, inner = case[:4]
                flops = case[4] if len(case) > 4 else None
                if args.only and args.only not in name:
                    continue
                row = f"| {name} |"
                for t in threads:
                    _, ours, theirs, error = run_case(name, setup, statement, inner, uses_numpy, t,
                                                     args.repeats, workdir)
                    if error:
                        row += f" error: {error} | | |"
                    elif flops:
                        row += (f" {fmt(ours)} ({flops / ours / 1e9:.1f} GF/s) |"
                                f" {fmt(theirs)} ({flops / theirs / 1e9:.1f} GF/s) | {ours / theirs:.2f} |")
                    elif cases is PLOT_CASES:
                        kb = {k: f"{v / 1024:.0f} KiB" for k, v in run_case.sizes.items()}
                        row += (f" {fmt(ours)}, {kb.get('ours', '?')} | {fmt(theirs)}, "
                                f"{kb.get('ref', '?')} | {ours / theirs:.2f} |")
                    else:
                        row += f" {fmt(ours)} | {fmt(theirs)} | {ours / theirs:.2f} |"
                print(row, flush=True)


if __name__ == "__main__":
    main()
