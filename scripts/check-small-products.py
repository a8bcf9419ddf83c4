#!/usr/bin/env python3
"""Which small matrix products numpy sums as one fused multiply-add per term, in order.

NumKit computes small gemm products itself (FloatProduct.sequentialDepth) where OpenBLAS's
kernels sum them that way, so that its digits equal numpy's. This sweeps every shape
m, n in 2..40 with m*n*k <= 2048, depth k in 2..15, float64 and float32, both operands stored
either way, and prints, per depth, how many shapes numpy's product differs from that sum.
Run it on a new machine before trusting the depth NumKit uses there; `openblas corename`
says which kernels numpy's OpenBLAS picked. Needs a C compiler (for fma) and numpy.
"""
import ctypes
import glob
import os
import subprocess
import tempfile

import numpy as np

SOURCE = r"""
#include <math.h>
void dchain(const double *a, const double *b, double *c, int m, int n, int k) {
  for (int i = 0; i < m; i++)
    for (int j = 0; j < n; j++) {
      double acc = 0;
      for (int t = 0; t < k; t++) acc = fma(a[i * k + t], b[t * n + j], acc);
      c[i * n + j] = acc;
    }
}
void schain(const float *a, const float *b, float *c, int m, int n, int k) {
  for (int i = 0; i < m; i++)
    for (int j = 0; j < n; j++) {
      float acc = 0;
      for (int t = 0; t < k; t++) acc = fmaf(a[i * k + t], b[t * n + j], acc);
      c[i * n + j] = acc;
    }
}
"""


def corename():
    for lib in glob.glob(os.path.join(os.path.dirname(np.__file__), "..", "numpy.libs", "*openblas*")):
        handle = ctypes.CDLL(lib)
        for symbol in ("scipy_openblas_get_corename64_", "openblas_get_corename64_", "openblas_get_corename"):
            if hasattr(handle, symbol):
                function = getattr(handle, symbol)
                function.restype = ctypes.c_char_p
                return function().decode()
    return "unknown"


def main():
    with tempfile.TemporaryDirectory() as directory:
        source = os.path.join(directory, "chain.c")
        library = os.path.join(directory, "libchain.so")
        with open(source, "w") as f:
            f.write(SOURCE)
        subprocess.run(["cc", "-O2", "-ffp-contract=off", "-shared", "-fPIC", source, "-o", library, "-lm"],
                       check=True)
        chains = ctypes.CDLL(library)
        for function in (chains.dchain, chains.schain):
            function.argtypes = [ctypes.c_void_p] * 3 + [ctypes.c_int] * 3
        print("numpy's OpenBLAS kernels:", corename())
        random = np.random.default_rng(0)
        for dtype, function in ((np.float64, chains.dchain), (np.float32, chains.schain)):
            differing = {}
            for k in range(2, 16):
                shapes = bad = 0
                for m in range(2, 41):
                    for n in range(2, 41):
                        if m * n * k > 2048:
                            continue
                        for a_transposed in (False, True):
                            for b_transposed in (False, True):
                                a = random.standard_normal((m, k)).astype(dtype)
                                b = random.standard_normal((k, n)).astype(dtype)
                                x = np.ascontiguousarray(a.T).T if a_transposed else a
                                y = np.ascontiguousarray(b.T).T if b_transposed else b
                                ours = np.empty((m, n), dtype=dtype)
                                function(a.ctypes.data, b.ctypes.data, ours.ctypes.data, m, n, k)
                                shapes += 1
                                bad += not np.array_equal(np.dot(x, y), ours)
                differing[k] = (bad, shapes)
            print(dtype.__name__, " ".join(f"k={k}:{bad}/{shapes}" for k, (bad, shapes) in differing.items()))


if __name__ == "__main__":
    main()
