#!/usr/bin/env python3
"""Writes Sources/NumKit/Generated/FloatTanhTable.swift: the piecewise polynomials of NumKit's
float32 tanh (FloatTanh.swift); Sources/NumKit/Generated/TanhSeries.swift: the float64
tanh's polynomial below 0.55 (TableTanh.swift), described at `series()`; and
Tests/NumKitTests/Fixtures/tanh_exact.txt: float64 inputs with tanh to 106 bits (a high and a
low float64), against which TanhAccuracyTests measures the float64 tanh in ulps.

|x| below 1/8 is interval 0; from 1/8 to 16 each binade is cut into four intervals of equal
width, so a value's interval is read off its exponent and two leading fraction bits
(`(bits >> 21) - 495`). tanh |x| rounds to 1 from `saturation` on (the least float32 that
does); the intervals beyond it are not used. On interval k, with y = |x| - b[k] (exact: b lies
within a factor 2 of every value of the interval),

    tanh |x| ~ h + y (c1 + c2 y + ... + c6 y^5),   h = c0[k] (interval 0: h = |x|, b = 0)

with one rounding at the end (a fused multiply-add). b[k] is a float32 near the interval's
middle chosen so that tanh(b) is within a hundred-thousandth of an ulp of the float32 c0 (a
thousandth in the last interval, where tanh is nearly 1): the constant term then costs no
precision. c1...c6 minimise the relative error of the result (weighted least squares on 400
Chebyshev nodes, with tanh computed to 120 bits by mpmath), rounded to float32 one at a time
with the later ones fitted again. Over every float32 the result is within 0.57 ulp of tanh.

Run: python3 scripts/gen-tanh-table.py (needs numpy and mpmath)."""
import os
import struct

import mpmath
import numpy as np

mpmath.mp.prec = 120
GENERATED = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Sources", "NumKit",
                         "Generated")
OUT = os.path.join(GENERATED, "FloatTanhTable.swift")
SERIES_OUT = os.path.join(GENERATED, "TanhSeries.swift")
SERIES_BOUND = 0.55
SERIES_DEGREE = 9
EXACT_OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Tests", "NumKitTests",
                         "Fixtures", "tanh_exact.txt")
DEGREE = 6
COLUMNS = 32


def f32(x) -> float:
    return float(np.float32(float(x)))


def bits32(x: float) -> int:
    return struct.unpack("<I", struct.pack("<f", x))[0]


def from_bits32(i: int) -> float:
    return struct.unpack("<f", struct.pack("<I", i))[0]


def saturation() -> float:
    """The least float32 whose tanh rounds to 1."""
    lo, hi = bits32(8.0), bits32(10.0)
    while lo < hi:
        mid = (lo + hi) // 2
        if f32(mpmath.tanh(from_bits32(mid))) == 1.0:
            hi = mid
        else:
            lo = mid + 1
    return from_bits32(lo)


def intervals(limit: float):
    out = [(0.0, 0.125)]
    for e in range(-3, 4):
        for k in range(4):
            lo = 2.0 ** e * (1 + k / 4)
            if lo < limit:
                out.append((lo, min(lo + 2.0 ** e / 4, limit)))
    return out


def centre(lo: float, hi: float, share: int = 64):
    """A float32 within a `share`-th of the interval's width of its middle whose tanh lies
    nearest a float32, and that float32."""
    middle = bits32(f32((lo + hi) / 2))
    span = (bits32(f32(hi)) - bits32(f32(lo))) // share
    candidates = np.arange(middle - span, middle + span, dtype=np.uint32).view(np.float32)
    t = np.tanh(candidates.astype(np.float64))
    rounded = t.astype(np.float32)
    distance = np.abs(t - rounded) / np.spacing(rounded).astype(np.float64)
    best = None
    for j in np.argsort(distance, kind="stable")[:20]:
        b = float(candidates[j])
        exact = mpmath.tanh(b)
        error = abs(exact - f32(exact)) / float(np.spacing(np.float32(f32(exact))))
        if best is None or error < best[2]:
            best = (b, f32(exact), error)
    if best[2] > 1e-3 and share > 4:
        return centre(lo, hi, 4)
    return best[0], best[1]


def fit(lo: float, hi: float, b: float, c0: float):
    n = 400
    nodes = np.cos(np.pi * (np.arange(n) + 0.5) / n)
    ys = [mpmath.mpf(lo) - b + (mpmath.mpf(hi) - lo) * (1 + float(u)) / 2 for u in nodes]
    # The polynomial's target: (tanh(b + y) - h) / y.
    target = np.array([float((mpmath.tanh(b + y) - (y if b == 0 else c0)) / y) for y in ys])
    weight = np.array([float(abs(y) / mpmath.tanh(b + y)) for y in ys])
    y = np.array([float(v) for v in ys])
    fixed = []
    while len(fixed) < DEGREE:
        free = range(len(fixed), DEGREE)
        a = np.vstack([y ** j for j in free]).T
        rest = target - sum(c * y ** j for j, c in enumerate(fixed))
        solution = np.linalg.lstsq(a * weight[:, None], rest * weight, rcond=None)[0]
        fixed.append(f32(solution[0]))
    return fixed


def series():
    """float64 tanh a for 0 <= a < SERIES_BOUND as a + a^3 (c3 + s Q(s)), s = a^2, c3 = -1/3 in
    float64 and Q of degree SERIES_DEGREE: Q's coefficients by least squares on Chebyshev nodes
    in s, weighted by s^2 (a^5 / a: the term's share of tanh a), rounded to float64 one at a
    time from the constant up, the later ones fitted again. Returns c3, the coefficients and
    the largest relative error over 4000 points, in units of 2^-53."""
    with mpmath.workprec(270):
        c3 = -1.0 / 3.0
        top = mpmath.mpf(SERIES_BOUND) ** 2
        m = 4 * SERIES_DEGREE + 40
        nodes = [top * (1 - mpmath.cos(mpmath.pi * (i + 0.5) / m)) / 2 for i in range(m)]

        def q_exact(s):
            a = mpmath.sqrt(s)
            return (mpmath.tanh(a) - a - c3 * a ** 3) / a ** 5

        targets = [q_exact(s) for s in nodes]
        fixed = []
        for k in range(SERIES_DEGREE + 1):
            a = mpmath.matrix(m, SERIES_DEGREE + 1 - k)
            b = mpmath.matrix(m, 1)
            for i, s in enumerate(nodes):
                rest = targets[i] - sum(c * s ** j for j, c in enumerate(fixed))
                for j in range(k, SERIES_DEGREE + 1):
                    a[i, j - k] = s * s * s ** j
                b[i] = s * s * rest
            fixed.append(float(mpmath.qr_solve(a, b)[0][0]))
        worst = 0
        for i in range(1, 4001):
            a = mpmath.mpf(SERIES_BOUND) * i / 4000
            s = a * a
            y = a + c3 * a ** 3 + a ** 5 * sum(c * s ** j for j, c in enumerate(fixed))
            worst = max(worst, abs(y / mpmath.tanh(a) - 1) * 2 ** 53)
        return c3, fixed, float(worst)


def write_series():
    c3, q, worst = series()
    lines = [
        "// swift-format-ignore-file",
        "// Generated by scripts/gen-tanh-table.py. Do not edit.",
        "",
        "/// float64 tanh a below `bound` as a + a^3 (c3 + s Q(s)), s = a^2 (TableTanh.swift): Q's",
        "/// coefficients from the constant up. In exact arithmetic within %.4f 2^-53 of tanh a." % worst,
        "enum TanhSeries {",
        "  static let bound: Double = %r" % SERIES_BOUND,
        "  static let c3: Double = %s  // %r" % (float.hex(c3), c3),
        "  static let q: [Double] = [",
    ]
    lines += ["    %s,  // %r" % (float.hex(c), c) for c in q]
    lines += ["  ]", "}", ""]
    with open(SERIES_OUT, "w") as f:
        f.write("\n".join(lines))


def bits64(x: float) -> int:
    return struct.unpack("<Q", struct.pack("<d", x))[0]


def write_exact(count=6000):
    """Inputs of each range the float64 method treats apart (below the series' bound, above
    it, near it, and log-spaced from 2^-30 to saturation), either sign, seeded."""
    rng = np.random.RandomState(55)
    quarter = count // 4
    xs = np.concatenate([
        rng.uniform(0, SERIES_BOUND, quarter), rng.uniform(SERIES_BOUND, 20, quarter),
        rng.uniform(SERIES_BOUND - 0.05, SERIES_BOUND + 0.05, quarter),
        2.0 ** rng.uniform(-30, 4.33, quarter)])
    xs = np.where(rng.uniform(size=xs.size) < 0.5, -xs, xs)
    lines = ["# input-bits tanh-high-bits tanh-low-bits (tanh = high + low to 106 bits; mpmath)"]
    with mpmath.workprec(200):
        for x in xs:
            t = mpmath.tanh(mpmath.mpf(float(x)))
            hi = float(t)
            lo = float(t - hi)
            lines.append("%016x %016x %016x" % (bits64(float(x)), bits64(hi), bits64(lo)))
    with open(EXACT_OUT, "w") as f:
        f.write("\n".join(lines) + "\n")


def main():
    write_series()
    write_exact()
    limit = saturation()
    rows = []
    for lo, hi in intervals(limit):
        b, c0 = (0.0, 0.0) if lo == 0 else centre(lo, hi)
        rows.append([b, c0] + fit(lo, hi, b, c0))
    # Unused intervals repeat the last one.
    rows += [rows[-1]] * (COLUMNS - len(rows))
    names = ["b", "c0"] + ["c%d" % k for k in range(1, DEGREE + 1)]
    lines = [
        "// swift-format-ignore-file",
        "// Generated by scripts/gen-tanh-table.py. Do not edit.",
        "",
        "/// The float32 tanh's intervals (see FloatTanh.swift): for each of %d columns, b, c0, c1 ... c6" % COLUMNS,
        "/// of the %d intervals as float32 bit patterns, column after column." % COLUMNS,
        "enum FloatTanhTable {",
        "  static let saturation: UInt32 = 0x%08x  // %r" % (bits32(limit), limit),
        "  static let columns: [UInt32] = [",
    ]
    for column, name in enumerate(names):
        values = [bits32(row[column]) for row in rows]
        lines.append("    // %s" % name)
        lines += ["    " + ", ".join("0x%08x" % v for v in values[i:i + 8]) + ","
                  for i in range(0, COLUMNS, 8)]
    lines += ["  ]", "}", ""]
    with open(OUT, "w") as f:
        f.write("\n".join(lines))


main()
