/// numpy's less common element-wise functions (`logaddexp`, `fmod`, `gcd`, `frexp`, `sinc`,
/// ...), its NaN-skipping order statistics (`nanmedian`, `nanquantile`, `nancumsum`, ...) and
/// `random.multivariate_normal`, written in the language with numpy's arithmetic: element by
/// element through Python's `math` (the C library numpy's loops call) where numpy has no
/// vectorised kernel. Installed with `NumpyLibrarySource`; checked against numpy by
/// `Tests/ModulesTests/Fixtures/numpy_math_extras.py`.
enum NumpyMathSource {
  static let text = #"""
    import math

    builtins_range = range


    def _unary(function, x, kind=None):
        # Element by element in float64 (float32 operands give float32), or into `kind`.
        x = np.asarray(x)
        if kind is None:
            kind = np.float32 if x.dtype == np.float32 else np.float64
        values = [function(v) for v in x.astype(np.float64).ravel().tolist()]
        out = np.array(values, dtype=kind).reshape(x.shape)
        return out[()] if out.ndim == 0 else out


    def _unary_pair(function, x, second_kind):
        x = np.asarray(x)
        kind = np.float32 if x.dtype == np.float32 else np.float64
        pairs = [function(v) for v in x.astype(np.float64).ravel().tolist()]
        first = np.array([p[0] for p in pairs], dtype=kind).reshape(x.shape)
        second = np.array([p[1] for p in pairs], dtype=second_kind).reshape(x.shape)
        if x.ndim == 0:
            return first[()], second[()]
        return first, second


    def _loop_type(x):
        # numpy's name for an operand's DType class in its "no loop" message.
        if isinstance(x, (bool, np.bool_)) or (isinstance(x, np.ndarray) and x.dtype == bool):
            return "BoolDType"
        if isinstance(x, (np.generic, np.ndarray)):
            return {"uint8": "UInt8DType", "int32": "Int32DType", "int64": "Int64DType",
                    "float32": "Float32DType", "float64": "Float64DType"}[str(np.asarray(x).dtype)]
        if isinstance(x, int):
            return "_PyLongDType"
        if isinstance(x, float):
            return "_PyFloatDType"
        return _loop_type(np.asarray(x))


    def _integers(name, *xs):
        # gcd and lcm take integers only; numpy has no loop for anything else.
        arrays = [np.asarray(x) for x in xs]
        if any(a.dtype.kind not in "iub" for a in arrays):
            types = ", ".join(f"<class 'numpy.dtypes.{_loop_type(x)}'>" for x in xs)
            raise np._UFuncNoLoopError(
                f"ufunc '{name}' did not contain a loop with signature matching types ({types}) -> None")
        return arrays


    def _scalar_or_array(out):
        return out[()] if out.ndim == 0 else out


    def _log_add(x1, x2, same, shifted):
        # numpy's npy_logaddexp: the larger operand plus log1p of the other's scaled exponent.
        def add(x, y):
            if x == y:
                return x + same
            d = x - y
            if d > 0:
                return x + shifted(-d)
            if d <= 0:
                return y + shifted(d)
            return d
        return _pairwise(add, x1, x2)


    def logaddexp(x1, x2):
        return _log_add(x1, x2, 0.6931471805599453, lambda d: math.log1p(math.exp(d)))


    def logaddexp2(x1, x2):
        return _log_add(x1, x2, 1, lambda d: 1.4426950408889634 * math.log1p(2.0 ** d))


    def fmod(x1, x2):
        a, b = np.asarray(x1), np.asarray(x2)
        if a.dtype.kind in "iub" and b.dtype.kind in "iub":
            safe = np.where(b == 0, 1, b)
            r = np.abs(a) % np.abs(safe)
            r = np.where(a < 0, -r, r)
            return _scalar_or_array(np.asarray(np.where(b == 0, 0, r)))
        def remainder(x, y):
            # numpy's fmod gives NaN where C's does (Python's math.fmod raises instead).
            return math.nan if y == 0 or math.isinf(x) or x != x or y != y else math.fmod(x, y)
        return _pairwise(remainder, x1, x2)


    def copysign(x1, x2):
        return _pairwise(math.copysign, x1, x2)


    def nextafter(x1, x2):
        return _pairwise(math.nextafter, x1, x2)


    def ldexp(x1, x2):
        if np.asarray(x2).dtype.kind not in "iub":
            raise TypeError("ufunc 'ldexp' not supported for the input types, and the inputs could "
                            "not be safely coerced to any supported types according to the casting "
                            "rule ''safe''")
        return _pairwise(lambda m, e: math.ldexp(m, int(e)), x1, x2)


    def float_power(x1, x2):
        return np.power(np.asarray(x1, dtype=np.float64), np.asarray(x2, dtype=np.float64))


    def gcd(x1, x2):
        a, b = _integers("gcd", x1, x2)
        a, b = np.abs(a + 0 * b), np.abs(b + 0 * a)
        while np.any(b != 0):
            a, b = np.where(b != 0, b, a), np.where(b != 0, a % np.where(b != 0, b, 1), 0)
        return _scalar_or_array(np.asarray(a))


    def lcm(x1, x2):
        a, b = _integers("lcm", x1, x2)
        g = np.gcd(a, b)
        out = np.where(g == 0, 0, np.abs(a // np.where(g == 0, 1, g) * b))
        return _scalar_or_array(np.asarray(out))


    def divmod(x1, x2):
        return np.floor_divide(x1, x2), np.mod(x1, x2)


    def frexp(x):
        return _unary_pair(math.frexp, x, np.int32)


    def modf(x):
        return _unary_pair(math.modf, x, None)


    def signbit(x):
        return _unary(lambda v: math.copysign(1.0, v) < 0, x, bool)


    def sinc(x):
        x = np.asarray(x)
        x = math.pi * x
        eps = np.finfo(x.dtype).eps if x.dtype.kind == "f" else 1e-20
        y = np.where(x, x, eps)
        return np.sin(y) / y


    def angle(z, deg=False):
        a = np.arctan2(0, np.asarray(z))
        return a * (180 / math.pi) if deg else a


    def conjugate(x):
        return np.positive(x)


    conj = conjugate


    def real(val):
        try:
            return val.real
        except AttributeError:
            return np.asarray(val).real


    def imag(val):
        try:
            return val.imag
        except AttributeError:
            return np.asarray(val).imag


    def real_if_close(a, tol=100):
        return np.asarray(a)


    def vdot(a, b):
        a, b = np.asarray(a), np.asarray(b)
        return np.dot(a.ravel(), b.reshape(a.size))


    # NaN-skipping order statistics: each 1-D slice along the axis without its NaNs.

    def _nan_slices(a, axis):
        a = np.asarray(a)
        if axis is None:
            return a.reshape(1, -1), (), a.ndim, None
        axes = _axis_tuple(axis, a.ndim, "axis")
        rest = [d for d in range(a.ndim) if d not in axes]
        outer = tuple(a.shape[d] for d in rest)
        length = _product(a.shape[d] for d in axes)
        return np.transpose(a, rest + axes).reshape(_product(outer), length), outer, a.ndim, axes


    def _product(shape):
        total = 1
        for n in shape:
            total *= n
        return total


    def _nan_keepdims(result, extra, ndim, axes, keepdims):
        # `result` has `extra` leading dimensions (quantiles) before the reduced shape.
        if not keepdims:
            return result
        shape = list(result.shape[:extra])
        reduced = list(result.shape[extra:])
        full = []
        for d in range(ndim):
            if axes is None or d in axes:
                full.append(1)
            else:
                full.append(reduced.pop(0))
        return result.reshape(tuple(shape + full))


    def _nan_order(a, axis, keepdims, out, reduce_row, qshape=()):
        rows, outer, ndim, axes = _nan_slices(a, axis)
        values = []
        warned = False
        for row in rows:
            kept = row[~np.isnan(row)] if row.dtype.kind == "f" else row
            if kept.size == 0:
                if not warned:
                    import warnings
                    warnings.warn("All-NaN slice encountered", RuntimeWarning, stacklevel=4)
                    warned = True
                values.append(np.full(qshape, np.nan))
            else:
                values.append(np.asarray(reduce_row(kept)))
        result = np.array(values).reshape(outer + qshape) if values else np.zeros(outer + qshape)
        if qshape:
            result = np.moveaxis(result, list(range(len(outer), len(outer) + len(qshape))),
                                 list(range(len(qshape))))
        result = _nan_keepdims(result, len(qshape), ndim, axes, keepdims)
        if out is not None:
            out[...] = result
            return out
        return result[()] if result.ndim == 0 else result


    def nanmedian(a, axis=None, out=None, overwrite_input=False, keepdims=False):
        return _nan_order(a, axis, keepdims, out, np.median)


    def nanquantile(a, q, axis=None, out=None, overwrite_input=False, method="linear",
                    keepdims=False, *, weights=None):
        q = np.asarray(q)
        if np.any((q < 0) | (q > 1)):
            raise ValueError("Quantiles must be in the range [0, 1]")
        return _nan_order(a, axis, keepdims, out, lambda row: np.quantile(row, q, method=method),
                          q.shape)


    def nanpercentile(a, q, axis=None, out=None, overwrite_input=False, method="linear",
                      keepdims=False, *, weights=None):
        q = np.true_divide(q, 100)
        if np.any((np.asarray(q) < 0) | (np.asarray(q) > 1)):
            raise ValueError("Percentiles must be in the range [0, 100]")
        return nanquantile(a, q, axis=axis, out=out, method=method, keepdims=keepdims)


    def nancumsum(a, axis=None, dtype=None, out=None):
        a = np.asarray(a)
        if a.dtype.kind == "f":
            a = np.where(np.isnan(a), 0, a)
        return np.cumsum(a, axis=axis, dtype=dtype, out=out)


    def nancumprod(a, axis=None, dtype=None, out=None):
        a = np.asarray(a)
        if a.dtype.kind == "f":
            a = np.where(np.isnan(a), 1, a)
        return np.cumprod(a, axis=axis, dtype=dtype, out=out)


    def _outer_edges(a, bounds):
        if bounds is not None:
            first, last = bounds
            if first > last:
                raise ValueError("max must be larger than min in range parameter.")
            if not (np.isfinite(first) and np.isfinite(last)):
                raise ValueError(f"supplied range of [{first}, {last}] is not finite")
        elif a.size == 0:
            first, last = 0, 1
        else:
            first, last = a.min(), a.max()
            if not (np.isfinite(first) and np.isfinite(last)):
                raise ValueError(f"autodetected range of [{first}, {last}] is not finite")
        if first == last:
            first, last = first - 0.5, last + 0.5
        return first, last


    def histogramdd(sample, bins=10, range=None, density=None, weights=None):
        # numpy's counting: each coordinate's bin by searchsorted on its edges (the last edge
        # inclusive), outlier bins on both ends, then one bincount.
        sample = np.asarray(sample) if isinstance(sample, np.ndarray) else np.atleast_2d(sample).T
        if sample.ndim == 1:
            sample = sample.reshape(-1, 1)
        n, d = sample.shape
        if weights is not None:
            weights = np.asarray(weights)
        try:
            given = len(bins)
        except TypeError:
            bins = d * [bins]
        else:
            if given != d:
                raise ValueError("The dimension of bins must be equal to the dimension of the sample x.")
        if range is None:
            range = (None,) * d
        elif len(range) != d:
            raise ValueError("range argument must have one entry per dimension")
        edges, widths, counts = [], [], []
        for i in builtins_range(d):
            if np.ndim(bins[i]) == 0:
                if bins[i] < 1:
                    raise ValueError(f"`bins[{i}]` must be positive, when an integer")
                low, high = _outer_edges(sample[:, i], range[i])
                edges.append(np.linspace(low, high, int(bins[i]) + 1))
            elif np.ndim(bins[i]) == 1:
                e = np.asarray(bins[i])
                if np.any(e[:-1] > e[1:]):
                    raise ValueError(f"`bins[{i}]` must be monotonically increasing, when an array")
                edges.append(e)
            else:
                raise ValueError(f"`bins[{i}]` must be a scalar or 1d array")
            widths.append(np.diff(edges[i]))
            found = np.searchsorted(edges[i], sample[:, i], side="right")
            found[sample[:, i] == edges[i][-1]] -= 1
            counts.append(found)
        sizes = tuple(len(e) + 1 for e in edges)
        flat = np.ravel_multi_index(tuple(counts), sizes)
        hist = np.bincount(flat, weights, minlength=_product(sizes)).reshape(sizes).astype(float)
        hist = hist[d * (slice(1, -1),)]
        if density:
            total = hist.sum()
            for i in builtins_range(d):
                shape = [1] * d
                shape[i] = sizes[i] - 2
                hist = hist / widths[i].reshape(shape)
            hist /= total
        return hist, edges


    def histogram2d(x, y, bins=10, range=None, density=None, weights=None):
        if len(x) != len(y):
            raise ValueError("x and y must have the same length.")
        try:
            count = len(bins)
        except TypeError:
            count = 1
        if count not in {1, 2}:
            bins = [np.asarray(bins), np.asarray(bins)]
        hist, edges = histogramdd([x, y], bins, range, density, weights)
        return hist, edges[0], edges[1]


    def _multivariate_normal(standard_normal, mean, cov, size=None, check_valid="warn", tol=1e-8,
                             *, method="svd", _generator=False):
        # numpy's method: standard normals times the square roots of the singular values times
        # the right singular vectors of cov (the Generator: times (u * sqrt(s)).T).
        if method != "svd":
            raise NotImplementedError(f"multivariate_normal(method={method!r}) is not supported yet")
        mean = np.array(mean)
        cov = np.array(cov)
        if size is None:
            shape = []
        elif isinstance(size, (int, np.integer)):
            shape = [size]
        else:
            shape = list(size)
        if len(mean.shape) != 1:
            raise ValueError("mean must be 1 dimensional")
        if len(cov.shape) != 2 or cov.shape[0] != cov.shape[1]:
            raise ValueError("cov must be 2 dimensional and square")
        if mean.shape[0] != cov.shape[0]:
            raise ValueError("mean and cov must have same length")
        final_shape = shape + [mean.shape[0]]
        x = standard_normal(final_shape).reshape(-1, mean.shape[0])
        cov = cov.astype(np.float64)
        u, s, v = np.linalg.svd(cov)
        if check_valid != "ignore":
            if check_valid != "warn" and check_valid != "raise":
                raise ValueError("check_valid must equal 'warn', 'raise', or 'ignore'")
            if not np.allclose(np.dot(v.T * s, v), cov, rtol=tol, atol=tol):
                if check_valid == "warn":
                    import warnings
                    warnings.warn("covariance is not symmetric positive-semidefinite.",
                                  RuntimeWarning, stacklevel=2)
                else:
                    raise ValueError("covariance is not symmetric positive-semidefinite.")
        if _generator:
            x = x @ (u * np.sqrt(s)).T
        else:
            x = np.dot(x, np.sqrt(s)[:, None] * v)
        x += mean
        return x.reshape(tuple(final_shape))


    np._multivariate_normal = _multivariate_normal
    """#
}
