/// numpy functions written in the language itself on NumKit's primitives, each computing what
/// numpy computes in numpy's order of operations (most of these are Python code in numpy
/// too). They run in a module of their own where `np` is the numpy module, and are then
/// defined in numpy. Checked against numpy by `Tests/ModulesTests/Fixtures/numpy_library.py`.
enum NumpyLibrarySource {
  static let text = #"""
    import math


    def ndim(a):
        return np.asarray(a).ndim


    def shape(a):
        return np.asarray(a).shape


    def size(a, axis=None):
        a = np.asarray(a)
        if axis is None:
            return a.size
        if isinstance(axis, tuple):
            total = 1
            for i in axis:
                total *= a.shape[i]
            return total
        return a.shape[axis]


    def fliplr(m):
        m = np.asarray(m)
        if m.ndim < 2:
            raise ValueError("Input must be >= 2-d.")
        return m[:, ::-1]


    def flipud(m):
        m = np.asarray(m)
        if m.ndim < 1:
            raise ValueError("Input must be >= 1-d.")
        return m[::-1, ...]


    def rot90(m, k=1, axes=(0, 1)):
        axes = tuple(axes)
        if len(axes) != 2:
            raise ValueError("len(axes) must be 2.")
        m = np.asarray(m)
        if axes[0] == axes[1] or abs(axes[0] - axes[1]) == m.ndim:
            raise ValueError("Axes must be different.")
        if not (-m.ndim <= axes[0] < m.ndim and -m.ndim <= axes[1] < m.ndim):
            raise ValueError(f"Axes={axes} out of range for array of ndim={m.ndim}.")
        k %= 4
        if k == 0:
            return m[:]
        if k == 2:
            return np.flip(np.flip(m, axes[0]), axes[1])
        order = list(range(m.ndim))
        order[axes[0]], order[axes[1]] = order[axes[1]], order[axes[0]]
        if k == 1:
            return np.transpose(np.flip(m, axes[1]), order)
        return np.flip(np.transpose(m, order), axes[1])


    def array_split(ary, indices_or_sections, axis=0):
        ary = np.asarray(ary)
        total = ary.shape[axis]
        if isinstance(indices_or_sections, int):
            sections = indices_or_sections
            if sections <= 0:
                raise ValueError("number sections must be larger than 0.")
            each, extras = divmod(total, sections)
            points = [0]
            for i in range(sections):
                points.append(points[-1] + (each + 1 if i < extras else each))
        else:
            points = [0] + list(indices_or_sections) + [total]
        moved = np.swapaxes(ary, axis, 0)
        return [np.swapaxes(moved[points[i]:points[i + 1]], axis, 0)
                for i in range(len(points) - 1)]


    def _diagonal_positions(rows, cols, k):
        if k >= 0:
            count = max(0, min(rows, cols - k))
            return np.arange(count), np.arange(count) + k
        count = max(0, min(rows + k, cols))
        return np.arange(count) - k, np.arange(count)


    def diag(v, k=0):
        v = np.asarray(v)
        if v.ndim == 1:
            n = v.shape[0] + abs(k)
            out = np.zeros((n, n), dtype=v.dtype)
            rows, cols = _diagonal_positions(n, n, k)
            out[rows, cols] = v
            return out
        if v.ndim == 2:
            rows, cols = _diagonal_positions(v.shape[0], v.shape[1], k)
            return v[rows, cols]
        raise ValueError("Input must be 1- or 2-d.")


    def diagonal(a, offset=0, axis1=0, axis2=1):
        a = np.asarray(a)
        if a.ndim < 2:
            _no_diagonal()
        if a.ndim == 2 and (axis1, axis2) == (0, 1):
            return diag(a, offset)
        # numpy puts the diagonal last, after the remaining axes in order.
        m = np.moveaxis(a, (axis1, axis2), (-2, -1))
        rows, cols = _diagonal_positions(m.shape[-2], m.shape[-1], offset)
        return m[..., rows, cols]


    def _no_diagonal():
        raise ValueError("diag requires an array of at least two dimensions")


    def trace(a, offset=0):
        a = np.asarray(a)
        if a.ndim < 2:
            raise ValueError("diag requires an array of at least two dimensions")
        return diag(a, offset).sum()


    def _lower_mask(n, m, k):
        # True where column - row <= k (numpy's `tri`).
        return (np.arange(m)[np.newaxis, :] - np.arange(n)[:, np.newaxis]) <= k


    def tril(m, k=0):
        m = np.asarray(m)
        if m.ndim == 1:
            m = np.broadcast_to(m, (m.shape[0], m.shape[0]))
        mask = _lower_mask(m.shape[-2], m.shape[-1], k)
        return np.where(mask, m, np.zeros(1, dtype=m.dtype))


    def triu(m, k=0):
        m = np.asarray(m)
        if m.ndim == 1:
            m = np.broadcast_to(m, (m.shape[0], m.shape[0]))
        mask = _lower_mask(m.shape[-2], m.shape[-1], k - 1)
        return np.where(mask, np.zeros(1, dtype=m.dtype), m)


    def average(a, axis=None, weights=None, returned=False, *, keepdims=False):
        a = np.asarray(a)
        if weights is None:
            avg = a.mean(axis, keepdims=keepdims)
            if returned:
                count = a.size / np.asarray(avg).size
                if np.asarray(avg).ndim == 0:
                    return avg, np.float64(count)
                return avg, np.full(np.asarray(avg).shape, count)
            return avg
        wgt = np.asarray(weights)
        if a.shape != wgt.shape:
            if axis is None:
                raise TypeError("Axis must be specified when shapes of a and weights differ.")
            if wgt.ndim != 1:
                raise TypeError("1D weights expected when shapes of a and weights differ.")
            if wgt.shape[0] != a.shape[axis]:
                raise ValueError("Shape of weights must be consistent with shape of a along "
                                 "specified axis.")
            along = [1] * a.ndim
            along[axis] = wgt.shape[0]
            wgt = wgt.reshape(along)
        wgt = wgt.astype(np.float64)
        scale = wgt.sum(axis=axis, keepdims=keepdims)
        if np.any(scale == 0.0):
            raise ZeroDivisionError("Weights sum to zero, can't be normalized")
        avg = (a.astype(np.float64) * wgt).sum(axis=axis, keepdims=keepdims) / scale
        if returned:
            return avg, scale
        return avg


    def nan_to_num(x, copy=True, nan=0.0, posinf=None, neginf=None):
        x = np.array(x)
        if str(x.dtype) not in ("float64", "float32"):
            return x[()] if x.ndim == 0 else x
        if x.ndim == 0:
            return nan_to_num(x.reshape(1), copy, nan, posinf, neginf)[0]
        big = finfo(x.dtype).max
        x[np.isnan(x)] = nan
        x[np.isinf(x) & (x > 0)] = big if posinf is None else posinf
        x[np.isinf(x) & (x < 0)] = -big if neginf is None else neginf
        return x[()] if x.ndim == 0 else x


    def bincount(x, weights=None, minlength=0):
        values = np.asarray(x)
        if values.ndim != 1:
            raise ValueError("object too deep for desired array" if values.ndim > 1
                             else "object of too small depth for desired array")
        items = values.astype(np.int64).tolist()
        if minlength < 0:
            raise ValueError("'minlength' must not be negative")
        if any(v < 0 for v in items):
            raise ValueError("'list' argument must have no negative elements")
        length = max(max(items) + 1 if items else 0, minlength)
        if weights is None:
            counts = [0] * length
            for v in items:
                counts[v] += 1
            return np.array(counts, dtype=np.int64)
        w = np.asarray(weights).astype(np.float64).tolist()
        if len(w) != len(items):
            raise ValueError("The weights and list don't have the same length.")
        sums = [0.0] * length
        for v, weight in zip(items, w):
            sums[v] += weight
        return np.array(sums)


    def histogram(a, bins=10, range=None, density=None, weights=None):
        a = np.asarray(a).ravel()
        if isinstance(bins, str):
            bins = _estimated_bin_count(a, bins, range, weights)
        if np.ndim(bins) == 0 and not isinstance(bins, int):
            # A count: any integer (np.int64 too), as numpy's operator.index takes it.
            if not hasattr(bins, "__index__"):
                raise TypeError("`bins` must be an integer, a string, or an array")
            bins = bins.__index__()
        if not isinstance(bins, int):
            return _histogram_edges(a, np.asarray(bins), density, weights)
        if bins < 1:
            raise ValueError("`bins` must be positive, when an integer")
        if range is not None:
            first, last = range
            if first > last:
                raise ValueError("max must be larger than min in range parameter.")
        elif a.size == 0:
            first, last = 0.0, 1.0
        else:
            first, last = a.min().item(), a.max().item()
        first, last = first + 0.0, last + 0.0
        if first == last:
            first, last = first - 0.5, last + 0.5
        edges = np.linspace(first, last, bins + 1)
        keep = (a >= first) & (a <= last)
        values = a[keep].astype(np.float64)
        index = (((values - first) / (last - first)) * bins).astype(np.int64)
        index[index == bins] -= 1
        index[values < edges[index]] -= 1
        index[(values >= edges[index + 1]) & (index != bins - 1)] += 1
        if weights is None:
            counts = bincount(index, minlength=bins)
        else:
            w = np.asarray(weights).ravel()
            counts = bincount(index, w[keep], minlength=bins).astype(w.dtype)
        if density:
            return counts / np.diff(edges) / counts.sum(), edges
        return counts, edges


    def histogram_bin_edges(a, bins=10, range=None, weights=None):
        a = np.asarray(a).ravel()
        if isinstance(bins, str):
            bins = _estimated_bin_count(a, bins, range, weights)
        if np.ndim(bins) == 0 and not isinstance(bins, int) and hasattr(bins, "__index__"):
            bins = bins.__index__()
        if not isinstance(bins, int):
            edges = np.asarray(bins)
            if edges.ndim != 1:
                raise ValueError("`bins` must be 1d, when an array")
            return edges
        return histogram(a, bins, range)[1]


    def _estimated_bin_count(a, name, range, weights):
        # numpy's estimators of a bin width ('auto', 'fd', 'sturges', ...), turned into the
        # number of equal bins that cover the data's (or the given) range.
        if name not in ('auto', 'fd', 'doane', 'rice', 'scott', 'sqrt', 'sturges', 'stone'):
            raise ValueError(f"{name!r} is not a valid estimator for `bins`")
        if weights is not None:
            raise TypeError(
                "Automated estimation of the number of bins is not supported for weighted data")
        if name == 'stone':
            raise NotImplementedError("np.histogram with bins='stone' is not supported yet")
        if range is not None:
            first, last = range
        elif a.size == 0:
            first, last = 0, 1
        else:
            first, last = a.min(), a.max()
        if first == last:
            first, last = first - 0.5, last + 0.5
        if range is not None:
            a = a[(a >= first) & (a <= last)]
        if a.size == 0:
            return 1
        width = _bin_width(a.astype(np.float64) if a.dtype.kind == 'b' else a, name)
        if not width:
            return 1
        if a.dtype.kind in 'iu' and width < 1:
            width = 1
        return int(np.ceil((last - first) / width))


    def _bin_width(x, name):
        ptp = x.max() - x.min()
        n = x.size
        if name == 'sqrt':
            return ptp / np.sqrt(n)
        if name == 'sturges':
            return ptp / (np.log2(n) + 1.0)
        if name == 'rice':
            return ptp / (2.0 * n ** (1.0 / 3))
        if name == 'scott':
            return (24.0 * np.pi ** 0.5 / n) ** (1.0 / 3.0) * np.std(x)
        if name == 'doane':
            if n > 2:
                sg1 = np.sqrt(6.0 * (n - 2) / ((n + 1.0) * (n + 3)))
                sigma = np.std(x)
                if sigma > 0.0:
                    g1 = np.mean(((x - np.mean(x)) / sigma) ** 3)
                    return ptp / (1.0 + np.log2(n) + np.log2(1.0 + np.absolute(g1) / sg1))
            return 0.0
        q75, q25 = np.percentile(x, [75, 25])
        fd = 2.0 * (q75 - q25) * n ** (-1.0 / 3.0)
        if name == 'fd':
            return fd
        # 'auto' (numpy 2): FD, but no narrower than half the square-root rule, or Sturges.
        sturges = ptp / (np.log2(n) + 1.0)
        return min(max(fd, ptp / np.sqrt(n) / 2), sturges)


    def _histogram_edges(a, edges, density, weights):
        # numpy's way for explicit edges: counts below each edge in the sorted values (the
        # last bin includes its right edge), differenced.
        if edges.ndim != 1:
            raise ValueError("`bins` must be 1d, when an array")
        if np.any(edges[:-1] > edges[1:]):
            raise ValueError("`bins` must increase monotonically, when an array")
        order = np.argsort(a)
        values = a[order]
        inner = np.searchsorted(values, edges[:-1], side="left")
        last = np.searchsorted(values, edges[-1:], side="right")
        if weights is None:
            counts = np.diff(np.concatenate((inner, last)))
        else:
            w = np.asarray(weights).ravel()[order]
            cumulative = np.concatenate((np.zeros(1, dtype=w.dtype), np.cumsum(w)))
            counts = np.diff(cumulative[np.concatenate((inner, last))])
        if density:
            return counts / np.diff(edges) / counts.sum(), edges
        return counts, edges


    def percentile(a, q, axis=None, out=None, overwrite_input=False, method="linear",
                   keepdims=False, *, weights=None, interpolation=None):
        return _quantile(a, np.asarray(q) / 100.0, axis, keepdims, method, weights,
                         "Percentiles must be in the range [0, 100]")


    def quantile(a, q, axis=None, out=None, overwrite_input=False, method="linear",
                 keepdims=False, *, weights=None, interpolation=None):
        return _quantile(a, np.asarray(q) + 0.0, axis, keepdims, method, weights,
                         "Quantiles must be in the range [0, 1]")


    _QUANTILE_METHODS = ("linear", "lower", "higher", "nearest", "midpoint")


    def _quantile(a, q, axis, keepdims, method, weights, message):
        a = np.asarray(a)
        if method not in _QUANTILE_METHODS:
            raise NotImplementedError(f"np.quantile method '{method}' is not supported yet")
        if weights is not None:
            raise NotImplementedError("np.quantile with weights is not supported yet")
        if not (np.all(q >= 0) and np.all(q <= 1)):  # (NaN too)
            raise ValueError(message)
        original_ndim = a.ndim
        axes = None if axis is None else _axis_tuple(axis, a.ndim, "axis")
        if axis is None:
            a = a.ravel()
            axis = 0
        elif len(axes) > 1:
            kept = [i for i in range(a.ndim) if i not in axes]
            a = np.transpose(a, kept + list(axes))
            a = a.reshape(a.shape[:len(kept)] + (-1,))
            axis = len(kept)
        else:
            axis = axes[0]
        data = np.sort(a, axis=axis)
        n = data.shape[axis]
        positions = q * (n - 1)
        if method in ("lower", "higher", "nearest"):
            if method == "lower":
                index = np.floor(positions)
            elif method == "higher":
                index = np.ceil(positions)
            else:
                index = np.around(positions)
            result = np.take(data, np.asarray(index).astype(np.int64).ravel(), axis=axis)
        else:
            if str(data.dtype) not in ("float64", "float32"):
                data = data.astype(np.float64)
            below = np.floor(positions).astype(np.int64)
            above = np.minimum(below + 1, n - 1)
            t = positions - below
            if method == "midpoint":
                t = np.where(positions % 1 == 0, 0.0, 0.5)
            lower = np.take(data, below.ravel(), axis=axis)
            upper = np.take(data, above.ravel(), axis=axis)
            t = np.asarray(t).ravel()
            shape = [1] * data.ndim
            shape[axis] = t.size
            t = t.reshape(shape)
            diff = upper - lower
            result = np.where(t >= 0.5, upper - diff * (1 - t), lower + diff * t)
        result = np.moveaxis(result, axis, 0) if q.ndim > 0 else np.take(result, 0, axis=axis)
        if keepdims:
            # The reduced axes stay, with length one (after q's own axes).
            lead = q.ndim
            shape = list(result.shape[:lead])
            rest = list(result.shape[lead:])
            for i in range(original_ndim):
                if axes is None or i in axes:
                    shape.append(1)
                else:
                    shape.append(rest.pop(0))
            return result.reshape(q.shape + tuple(shape[lead:]))
        if q.ndim == 0:
            return result[()] if result.ndim == 0 else result
        return result.reshape(q.shape + result.shape[1:])


    def _axis_tuple(axes, ndim, name):
        # numpy's normalize_axis_tuple: ints or a sequence of them, negatives counted from the end.
        axes = (axes,) if isinstance(axes, int) else tuple(axes)
        out = []
        for axis in axes:
            if not -ndim <= axis < ndim:
                raise np.exceptions.AxisError(
                    f"{name}: axis {axis} is out of bounds for array of dimension {ndim}")
            out.append(axis % ndim)
        if len(set(out)) != len(out):
            raise ValueError(f"repeated axis in `{name}` argument")
        return out


    def moveaxis(a, source, destination):
        a = np.asarray(a)
        source = _axis_tuple(source, a.ndim, "source")
        destination = _axis_tuple(destination, a.ndim, "destination")
        if len(source) != len(destination):
            raise ValueError(
                "`source` and `destination` arguments must have the same number of elements")
        order = [n for n in range(a.ndim) if n not in source]
        for dest, src in sorted(zip(destination, source)):
            order.insert(dest, src)
        return np.transpose(a, order)


    # Arguments the Swift functions leave to these: repeat counts per element, diff's
    # prepend/append, take's modes, inner products of arrays, equal_nan, reshape orders.
    def _repeat_counts(a, repeats, axis=None):
        a = np.asarray(a)
        if axis is None:
            a = a.ravel()
            axis = 0
        counts = np.asarray(repeats)
        n = a.shape[axis]
        if counts.ndim > 1:
            raise ValueError("object too deep for desired array")
        if counts.size == 1:
            counts = np.full(n, counts.ravel()[0], dtype=np.int64)
        elif counts.size != n:
            raise ValueError(f"operands could not be broadcast together with shape ({n},) ({counts.size},)")
        if np.any(counts < 0):
            raise ValueError("repeats may not contain negative values.")
        source = [i for i in range(n) for _ in range(int(counts[i]))]
        return np.take(a, np.array(source, dtype=np.int64), axis=axis)


    def _diff_ends(a, n=1, axis=-1, prepend=None, append=None):
        a = np.asarray(a)
        if a.ndim == 0:
            raise ValueError("diff requires input that is at least one dimensional")
        axis = axis % a.ndim if -a.ndim <= axis < a.ndim else axis
        parts = []
        for end in (prepend,):
            if end is not None:
                end = np.asarray(end)
                if end.ndim == 0:
                    shape = list(a.shape)
                    shape[axis] = 1
                    end = np.broadcast_to(end, tuple(shape))
                parts.append(end)
        parts.append(a)
        if append is not None:
            end = np.asarray(append)
            if end.ndim == 0:
                shape = list(a.shape)
                shape[axis] = 1
                end = np.broadcast_to(end, tuple(shape))
            parts.append(end)
        return np.diff(np.concatenate(parts, axis=axis), n, axis)


    def _take_mode(a, indices, axis, mode):
        a = np.asarray(a)
        if mode not in ("raise", "wrap", "clip"):
            raise ValueError(f"clipmode must be one of 'clip', 'raise', or 'wrap' (got '{mode}')")
        n = a.size if axis is None else a.shape[axis]
        index = np.asarray(indices)
        if mode == "wrap":
            index = np.mod(index, n)
        elif mode == "clip":
            index = np.clip(index, 0, n - 1)
        return np.take(a, index, axis=axis)


    def _inner(a, b):
        a = np.asarray(a)
        b = np.asarray(b)
        if a.ndim == 0 or b.ndim == 0:
            return a * b
        if a.shape[-1] != b.shape[-1]:
            raise ValueError(f"shapes {_shape_text(a.shape)} and {_shape_text(b.shape)} not aligned: "
                             f"{a.shape[-1]} (dim {a.ndim - 1}) != {b.shape[-1]} (dim 0)")
        return np.tensordot(a, b, axes=([-1], [-1]))


    def _array_equal_nan(a1, a2):
        a1 = np.asarray(a1)
        a2 = np.asarray(a2)
        if a1.shape != a2.shape:
            return False
        if a1.dtype.kind not in "fc" and a2.dtype.kind not in "fc":
            return bool(np.all(a1 == a2))
        nan1 = np.isnan(a1)
        nan2 = np.isnan(a2)
        if not np.all(nan1 == nan2):
            return False
        return bool(np.all(a1[~nan1] == a2[~nan1]))


    def _reshape_order(a, shape, order):
        a = np.asarray(a)
        if order not in ("C", "F", "A"):
            raise ValueError("order must be one of 'C', 'F', 'A', or 'K' (got '" + str(order) + "')")
        if order != "F":
            return np.reshape(a, shape)
        shape = (shape,) if isinstance(shape, int) else tuple(shape)
        flat = np.transpose(a).ravel()
        if -1 in shape:
            known = 1
            for n in shape:
                if n != -1:
                    known *= n
            shape = tuple(a.size // known if n == -1 and known else n for n in shape)
        return np.transpose(np.reshape(flat, shape[::-1]))


    np._repeat_counts = _repeat_counts
    np._diff_ends = _diff_ends
    np._take_mode = _take_mode
    np._inner = _inner
    np._array_equal_nan = _array_equal_nan
    np._reshape_order = _reshape_order


    # ndarray attributes written here (PyNDArray hands them over): `a.flat`, `a.put`,
    # `a.compress`, `a.real`/`a.imag` of real arrays.
    class flatiter:
        """A flat (C-order) view of an array: iterate, index and assign by flat position."""

        def __init__(self, base):
            self.base = base

        def __len__(self):
            return self.base.size

        def __iter__(self):
            return iter(self.base.ravel())

        def _positions(self, index):
            return np.unravel_index(np.arange(self.base.size)[index], self.base.shape)

        def __getitem__(self, index):
            return self.base[self._positions(index)]

        def __setitem__(self, index, value):
            positions = self._positions(index)
            count = np.size(positions[0])
            values = np.asarray(value).ravel()
            if values.size == 0:
                return
            if values.size != count:
                # numpy repeats a shorter sequence of values (and truncates a longer one).
                values = values[np.arange(count) % values.size]
            self.base[positions] = values.reshape(np.shape(positions[0]))

        def copy(self):
            return self.base.flatten()


    def _ndarray_put(a, ind, v, mode="raise"):
        flat = flatiter(a)
        index = np.asarray(ind).ravel()
        if index.size == 0:
            return None
        n = a.size
        if mode == "wrap":
            index = np.mod(index, n)
        elif mode == "clip":
            index = np.clip(index, 0, n - 1)
        elif mode == "raise":
            bad = index[(index < -n) | (index >= n)]
            if bad.size:
                raise IndexError(f"index {int(bad[0])} is out of bounds for axis 0 with size {n}")
        else:
            raise ValueError(f"clipmode must be one of 'clip', 'raise', or 'wrap' (got '{mode}')")
        values = np.asarray(v).ravel()
        if values.size == 0:
            return None
        values = values[np.arange(index.size) % values.size]
        for k in range(index.size):
            flat[int(index[k])] = values[k]
        return None


    def _ndarray_compress(a, condition, axis=None, out=None):
        keep = np.asarray(condition, dtype=bool).ravel()
        source = a.ravel() if axis is None else a
        length = source.size if axis is None else a.shape[axis]
        if keep.size > length:
            raise IndexError(f"index {length} is out of bounds for axis {0 if axis is None else axis} with size {length}")
        chosen = np.nonzero(keep)[0]
        result = np.take(source, chosen, axis=0 if axis is None else axis)
        if out is not None:
            out[...] = result
            return out
        return result


    def _partition_axis(a, kth, axis):
        # numpy's checks; a partition is then the sorted order (numpy leaves the order
        # within each side of the kth element unspecified, and a sort is one such order).
        if axis is None:
            a, axis = a.ravel(), -1
        if a.ndim == 0:
            raise ValueError("Cannot partition a 0-d array")
        if axis < -a.ndim or axis >= a.ndim:
            raise np.exceptions.AxisError(f"axis {axis} is out of bounds for array of dimension {a.ndim}")
        n = a.shape[axis]
        for k in np.ravel(np.asarray(kth)).tolist():
            if not isinstance(k, int) or isinstance(k, bool):
                raise TypeError("Partition index must be integer")
            if k < -n or k >= n:
                raise ValueError(f"kth(={k + n if k < 0 else k}) out of bounds ({n})")
        return a, axis


    def partition(a, kth, axis=-1, kind="introselect", order=None):
        a, axis = _partition_axis(np.asarray(a), kth, axis)
        return np.sort(a, axis=axis)


    def argpartition(a, kth, axis=-1, kind="introselect", order=None):
        a, axis = _partition_axis(np.asarray(a), kth, axis)
        return np.argsort(a, axis=axis, kind="stable")


    def _ndarray_partition(a, kth, axis=-1, kind="introselect", order=None):
        _partition_axis(a, kth, axis)
        a.sort(axis=axis)


    np._flatiter = flatiter
    np._ndarray_partition = _ndarray_partition
    np._ndarray_put = _ndarray_put
    np._ndarray_compress = _ndarray_compress


    def issubdtype(arg1, arg2):
        # Each side as a scalar type (a dtype, a name or a Python type becomes its numpy
        # class), then the class hierarchy decides: np.issubdtype(a.dtype, np.floating).
        def scalar_type(t):
            if isinstance(t, type) and issubclass(t, np.generic):
                return t
            return np.dtype(t).type
        return issubclass(scalar_type(arg1), scalar_type(arg2))


    def _linspace(start, stop, num=50, endpoint=True, retstep=False, dtype=None, axis=0):
        # numpy's steps: offsets times the step (or over the divisions times the span when
        # the step is zero), plus start; the exact stop last; integer dtypes floored.
        num = _index(num)
        if num < 0:
            raise ValueError(f"Number of samples, {num}, must be non-negative.")
        div = (num - 1) if endpoint else num
        start = np.asarray(start) * 1.0
        stop = np.asarray(stop) * 1.0
        delta = stop - start
        y = np.arange(0, num, dtype=float).reshape((-1,) + (1,) * delta.ndim)
        if div > 0:
            step = delta / div
            if np.any(step == 0):
                y = y / div * delta
            else:
                y = y * step
        else:
            step = np.nan
            y = y * delta
        y = y + start
        if endpoint and num > 1:
            y[-1, ...] = stop
        if axis != 0:
            y = np.moveaxis(y, 0, axis)
        if dtype is not None and np.dtype(dtype).kind in "biu":
            y = np.floor(y)
        if dtype is not None:
            y = y.astype(dtype)
        if retstep:
            return y, step
        return y


    def _index(n):
        integral = isinstance(n, int) or (hasattr(n, "dtype") and n.dtype.kind in "iu" and np.ndim(n) == 0)
        if isinstance(n, bool) or not integral:
            raise TypeError(f"'{type(n).__name__}' object cannot be interpreted as an integer")
        return int(n)


    np._linspace = _linspace


    def logspace(start, stop, num=50, endpoint=True, base=10.0, dtype=None, axis=0):
        result = np.power(base, np.linspace(start, stop, num, endpoint=endpoint, axis=axis))
        return result if dtype is None else result.astype(dtype)


    def _truths(x):
        x = np.asarray(x)
        return x if x.dtype == bool else x != 0


    def logical_and(x1, x2):
        return _truths(x1) & _truths(x2)


    def logical_or(x1, x2):
        return _truths(x1) | _truths(x2)


    def logical_xor(x1, x2):
        return _truths(x1) ^ _truths(x2)


    def logical_not(x):
        return np.asarray(x) == 0


    def mod(x1, x2):
        return np.asarray(x1) % x2


    remainder = mod


    def floor_divide(x1, x2):
        return np.asarray(x1) // x2


    def true_divide(x1, x2):
        return np.asarray(x1) / x2


    class _FloatInfo:
        def __init__(self, name, bits, mantissa, exponent_bits, precision):
            self.dtype = np.dtype(name)
            self.bits = bits
            kind = np.float64 if name == "float64" else np.float32
            self.eps = kind(2.0 ** -mantissa)
            self.epsneg = kind(2.0 ** -(mantissa + 1))
            top = 2 ** (exponent_bits - 1)
            self.max = kind((2.0 - 2.0 ** -mantissa) * 2.0 ** (top - 1))
            self.min = -self.max
            self.tiny = kind(2.0 ** (2 - top))
            self.smallest_normal = self.tiny
            self.smallest_subnormal = kind(2.0 ** (2 - top - mantissa))
            self.precision = precision
            self.resolution = kind(10.0 ** -precision)
            self.nmant = mantissa
            self.machep = -mantissa
            self.negep = -(mantissa + 1)
            self.minexp = 2 - top
            self.maxexp = top
            self.nexp = self.iexp = exponent_bits

        def __repr__(self):
            return (f"finfo(resolution={self.resolution!s}, min={self.min!s}, max={self.max!s}, "
                    f"dtype={self.dtype})")

        def __str__(self):
            rule = "-" * 63
            return (f"Machine parameters for {self.dtype}\n{rule}\n"
                    f"precision = {self.precision}   resolution = {self.resolution!s}\n"
                    f"machep = {self.machep}   eps =        {self.eps!s}\n"
                    f"negep =  {self.negep}   epsneg =     {self.epsneg!s}\n"
                    f"minexp = {self.minexp}   tiny =       {self.tiny!s}\n"
                    f"maxexp = {self.maxexp}   max =        {self.max!s}\n"
                    f"nexp =   {self.nexp}   min =        -max\n"
                    f"smallest_normal = {self.smallest_normal!s}   "
                    f"smallest_subnormal = {self.smallest_subnormal!s}\n{rule}\n")


    class _IntInfo:
        def __init__(self, name, bits, signed):
            self.dtype = np.dtype(name)
            self.bits = bits
            # Written so that int64's limits never leave the 64-bit range on the way.
            half = 2 ** (bits - 2)
            self.min = -half * 2 if signed else 0
            self.max = (half - 1) * 2 + 1 if signed else half * 4 - 1

        def __repr__(self):
            return f"iinfo(min={self.min}, max={self.max}, dtype={self.dtype})"

        def __str__(self):
            rule = "-" * 63
            return (f"Machine parameters for {self.dtype}\n{rule}\n"
                    f"min = {self.min}\nmax = {self.max}\n{rule}\n")


    def _dtype_name(t):
        if isinstance(t, np.ndarray):
            return str(t.dtype)
        if isinstance(t, float):
            return "float64"
        if isinstance(t, int):
            return "int64"
        return str(np.dtype(t))


    def finfo(dtype):
        name = _dtype_name(dtype)
        if name == "float64":
            return _FloatInfo("float64", 64, 52, 11, 15)
        if name == "float32":
            return _FloatInfo("float32", 32, 23, 8, 6)
        raise ValueError(f"data type <class 'numpy.{name}'> not inexact")


    def iinfo(int_type):
        name = _dtype_name(int_type)
        sizes = {"int64": (64, True), "int32": (32, True), "uint8": (8, False)}
        if name not in sizes:
            raise ValueError(f"Invalid integer data type {name!r}.")
        bits, signed = sizes[name]
        return _IntInfo(name, bits, signed)


    def asanyarray(a, dtype=None, order=None, *, like=None):
        # (NumBook has no ndarray subclasses to pass through: asarray's answer.)
        return np.asarray(a, dtype=dtype, order=order)


    def array_equiv(a1, a2):
        a1 = np.asarray(a1)
        a2 = np.asarray(a2)
        try:
            np.broadcast_shapes(a1.shape, a2.shape)
        except ValueError:
            return False
        return bool(np.all(a1 == a2))


    def isin(element, test_elements, assume_unique=False, invert=False, *, kind=None):
        element = np.asarray(element)
        wanted = set(np.asarray(test_elements).ravel().tolist())
        found = np.array([v in wanted for v in element.ravel().tolist()], dtype=bool)
        found = found.reshape(element.shape)
        return ~found if invert else found


    def setdiff1d(ar1, ar2, assume_unique=False):
        if assume_unique:
            values = np.asarray(ar1).ravel()
            return values[~isin(values, ar2)]
        return np.unique(np.asarray(ar1)[~isin(ar1, ar2)]) if np.asarray(ar1).size else np.unique(ar1)


    def intersect1d(ar1, ar2, assume_unique=False, return_indices=False):
        if return_indices:
            raise NotImplementedError("np.intersect1d(return_indices=True) is not supported yet")
        a = np.unique(ar1)
        return a[isin(a, ar2)]


    def union1d(ar1, ar2):
        return np.unique(np.concatenate((np.asarray(ar1).ravel(), np.asarray(ar2).ravel())))


    def searchsorted(a, v, side="left", sorter=None):
        a = np.asarray(a)
        if sorter is not None:
            a = a[np.asarray(sorter)]
        a = a.tolist()
        values = np.asarray(v)
        def position(x):
            low, high = 0, len(a)
            while low < high:
                middle = (low + high) // 2
                if a[middle] < x or (side == "right" and a[middle] == x):
                    low = middle + 1
                else:
                    high = middle
            return low
        if values.ndim == 0:
            return np.int64(position(values.item()))
        return np.array([position(x) for x in values.ravel().tolist()],
                        dtype=np.int64).reshape(values.shape)


    def polyval(p, x):
        p = np.asarray(p)
        if isinstance(x, np.poly1d):
            y = 0
        else:
            x = np.asarray(x)
            y = np.zeros_like(x)
        for coefficient in p:
            y = y * x + coefficient
        return y


    def reciprocal(x):
        x = np.asarray(x)
        if str(x.dtype) in ("float64", "float32"):
            return np.ones_like(x) / x
        return np.ones_like(x) // x


    def fix(x):
        x = np.asarray(x)
        return np.where(x >= 0, np.floor(x), np.ceil(x))


    def _pairwise(function, x1, x2):
        # Element by element in float64; float32 operands (with Python numbers) give float32,
        # as numpy's float32 loop does.
        a, b = np.asarray(x1, dtype=np.float64), np.asarray(x2, dtype=np.float64)
        arrays = [x for x in (x1, x2) if not isinstance(x, (int, float, bool))]
        single = arrays and all(np.asarray(x).dtype == np.float32 for x in arrays)
        kind = np.float32 if single else np.float64
        shape = (a + b).shape
        left = np.broadcast_to(a, shape).ravel().tolist()
        right = np.broadcast_to(b, shape).ravel().tolist()
        out = np.array([function(u, v) for u, v in zip(left, right)]).reshape(shape).astype(kind)
        return out[()] if out.ndim == 0 else out


    def hypot(x1, x2):
        return _pairwise(math.hypot, x1, x2)


    def arctan2(x1, x2):
        return _pairwise(math.atan2, x1, x2)


    def heaviside(x1, x2):
        def step(x, middle):
            if x != x:
                return x
            return 0.0 if x < 0 else 1.0 if x > 0 else middle
        return _pairwise(step, x1, x2)


    def gradient(f, *varargs, axis=None):
        f = np.asarray(f)
        axes = list(range(f.ndim)) if axis is None else (
            [axis] if isinstance(axis, int) else list(axis))
        spacing = list(varargs) if len(varargs) > 1 else list(varargs) * len(axes)
        if not spacing:
            spacing = [1.0] * len(axes)
        if str(f.dtype) not in ("float64", "float32"):
            f = f.astype(np.float64)
        outputs = []
        for ax, dx in zip(axes, spacing):
            if f.shape[ax] < 2:
                raise ValueError("Shape of array too small to calculate a numerical gradient, "
                                 "at least (edge_order + 1) elements are required.")
            moved = np.swapaxes(f, ax, 0)
            out = np.zeros_like(moved)
            out[1:-1] = (moved[2:] - moved[:-2]) / (2.0 * dx)
            out[0] = (moved[1] - moved[0]) / dx
            out[-1] = (moved[-1] - moved[-2]) / dx
            outputs.append(np.swapaxes(out, ax, 0))
        return outputs[0] if len(outputs) == 1 else tuple(outputs)


    def interp(x, xp, fp, left=None, right=None):
        xs = np.asarray(x) + 0.0
        px = (np.asarray(xp) + 0.0).tolist()
        py = (np.asarray(fp) + 0.0).tolist()
        if len(px) != len(py):
            raise ValueError("fp and xp are not of the same length.")
        if not px:
            raise ValueError("array of sample points is empty")
        low = py[0] if left is None else left
        high = py[-1] if right is None else right
        def one(v):
            if v != v:
                return v
            if v < px[0]:
                return low
            if v > px[-1]:
                return high
            if v == px[-1]:
                return py[-1]
            j = searchsorted(px, v, side="right") - 1
            slope = (py[j + 1] - py[j]) / (px[j + 1] - px[j])
            value = slope * (v - px[j]) + py[j]
            if value != value:
                value = slope * (v - px[j + 1]) + py[j + 1]
                if value != value and py[j] == py[j + 1]:
                    value = py[j]
            return value
        out = np.array([one(v) for v in xs.ravel().tolist()]).reshape(xs.shape)
        return out[()] if out.ndim == 0 else out


    def digitize(x, bins, right=False):
        bins = np.asarray(bins)
        x = np.asarray(x)
        increasing = bins.size < 2 or bool(bins[-1] >= bins[0])
        side = "left" if right else "right"
        if increasing:
            return searchsorted(bins, x, side=side)
        return bins.size - searchsorted(bins[::-1], x, side=side)


    def cov(m, y=None, rowvar=True, bias=False, ddof=None, fweights=None, aweights=None, *,
            dtype=None):
        if fweights is not None or aweights is not None:
            raise NotImplementedError("np.cov with fweights or aweights is not supported yet")
        if dtype is None:
            dtype = np.float64
        x = np.array(m, ndmin=2, dtype=dtype)
        if not rowvar and x.shape[0] != 1:
            x = x.T
        if y is not None:
            y = np.array(y, ndmin=2, dtype=dtype)
            if not rowvar and y.shape[0] != 1:
                y = y.T
            x = np.concatenate((x, y), axis=0)
        if ddof is None:
            ddof = 0 if bias else 1
        fact = x.shape[1] - ddof
        x = x - x.mean(axis=1)[:, np.newaxis]
        c = np.dot(x, x.T) * (1.0 / fact)
        return np.squeeze(c)


    def corrcoef(x, y=None, rowvar=True, *, dtype=None):
        c = cov(x, y, rowvar, dtype=dtype)
        if c.ndim == 0:
            return c / c
        d = np.diag(c)
        stddev = np.sqrt(d)
        c = c / stddev[:, np.newaxis]
        c = c / stddev[np.newaxis, :]
        return np.clip(c, -1, 1)


    def kron(a, b):
        a, b = np.asarray(a), np.asarray(b)
        nd = max(a.ndim, b.ndim)
        a = a.reshape((1,) * (nd - a.ndim) + a.shape)
        b = b.reshape((1,) * (nd - b.ndim) + b.shape)
        left, right, shape = [], [], []
        for i in range(nd):
            left += [a.shape[i], 1]
            right += [1, b.shape[i]]
            shape.append(a.shape[i] * b.shape[i])
        return (a.reshape(left) * b.reshape(right)).reshape(shape)


    def atleast_1d(a):
        a = np.asarray(a)
        return a.reshape(1) if a.ndim == 0 else a


    def atleast_2d(a):
        a = np.asarray(a)
        return a.reshape(1, 1) if a.ndim == 0 else a[np.newaxis, :] if a.ndim == 1 else a


    def atleast_3d(a):
        a = np.asarray(a)
        if a.ndim == 0:
            return a.reshape(1, 1, 1)
        if a.ndim == 1:
            return a[np.newaxis, :, np.newaxis]
        if a.ndim == 2:
            return a[:, :, np.newaxis]
        return a


    def dstack(tup):
        return np.concatenate([atleast_3d(a) for a in tup], axis=2)


    def _pinv(a, rcond=None):
        a = np.asarray(a)
        if rcond is None:
            rcond = 1e-15
        u, s, vt = np.linalg.svd(a, full_matrices=False)
        cutoff = rcond * np.max(s)
        large = s > cutoff
        s = np.where(large, 1 / np.where(large, s, 1.0), 0.0)
        return np.matmul(np.transpose(vt), s[:, np.newaxis] * np.transpose(u))


    def _matrix_rank(A, tol=None):
        A = np.asarray(A)
        if A.ndim < 2:
            return int(not np.all(A == 0))
        S = np.linalg.svd(A, compute_uv=False)
        if tol is None:
            tol = S.max() * max(A.shape[-2:]) * np.finfo(np.float64).eps
        return np.count_nonzero(S > tol)


    np.linalg.pinv = _pinv
    np.linalg.matrix_rank = _matrix_rank


    # numpy 2's named results of the factorizations.
    from collections import namedtuple as _namedtuple
    _EigResult = _namedtuple("EigResult", ["eigenvalues", "eigenvectors"])
    _EighResult = _namedtuple("EighResult", ["eigenvalues", "eigenvectors"])
    _SVDResult = _namedtuple("SVDResult", ["U", "S", "Vh"])
    _QRResult = _namedtuple("QRResult", ["Q", "R"])
    _SlogdetResult = _namedtuple("SlogdetResult", ["sign", "logabsdet"])
    _eig, _eigh, _svd = np.linalg.eig, np.linalg.eigh, np.linalg.svd
    _qr, _slogdet = np.linalg.qr, np.linalg.slogdet


    def _qr_named(a, mode="reduced"):
        result = _qr(a, mode)
        return _QRResult(*result) if mode in ("reduced", "complete") else result


    def _slogdet_named(a):
        return _SlogdetResult(*_slogdet(a))


    def _eig_named(a):
        return _EigResult(*_eig(a))


    def _eigh_named(a, UPLO="L"):
        if UPLO != "L":
            raise NotImplementedError("np.linalg.eigh reads the lower triangle (UPLO='L') only")
        return _EighResult(*_eigh(a))


    def _svd_named(a, full_matrices=True, compute_uv=True, hermitian=False):
        result = _svd(a, full_matrices, compute_uv)
        return _SVDResult(*result) if compute_uv else result


    np.linalg.eig = _eig_named
    np.linalg.eigh = _eigh_named
    np.linalg.svd = _svd_named
    np.linalg.qr = _qr_named
    np.linalg.slogdet = _slogdet_named


    def vander(x, N=None, increasing=False):
        x = np.asarray(x)
        if x.ndim != 1:
            raise ValueError("x must be a one-dimensional array or sequence.")
        n = len(x) if N is None else N
        if n == 0:
            return np.zeros((len(x), 0), dtype=x.dtype)
        columns = [np.ones(len(x), dtype=x.dtype)]
        if n > 1:
            # Powers by repeated multiplication, as numpy's multiply.accumulate.
            powers = np.cumprod(np.repeat(x[:, np.newaxis], n - 1, axis=1), axis=1)
            columns += [powers[:, i] for i in range(n - 1)]
        v = np.column_stack(columns)
        return v if increasing else v[:, ::-1].copy()


    def polyfit(x, y, deg, rcond=None, full=False, w=None):
        order = int(deg) + 1
        x = np.asarray(x) + 0.0
        y = np.asarray(y) + 0.0
        if deg < 0:
            raise ValueError("expected deg >= 0")
        if x.ndim != 1:
            raise TypeError("expected 1D vector for x")
        if x.size == 0:
            raise TypeError("expected non-empty vector for x")
        if y.ndim < 1 or y.ndim > 2:
            raise TypeError("expected 1D or 2D array for y")
        if x.shape[0] != y.shape[0]:
            raise TypeError("expected x and y to have same length")
        if rcond is None:
            rcond = len(x) * np.finfo(np.float64).eps
        lhs = vander(x, order)
        rhs = y
        if w is not None:
            w = np.asarray(w) + 0.0
            lhs = lhs * w[:, np.newaxis]
            rhs = rhs * (w[:, np.newaxis] if rhs.ndim == 2 else w)
        scale = np.sqrt((lhs * lhs).sum(axis=0))
        lhs = lhs / scale
        c, resids, rank, s = np.linalg.lstsq(lhs, rhs, rcond)
        c = (c.T / scale).T
        if full:
            return c, resids, rank, s, rcond
        return c


    def vectorize(pyfunc, otypes=None):
        def vectorized(*args):
            arrays = [np.asarray(a) for a in args]
            shape = arrays[0].shape
            for a in arrays[1:]:
                shape = (a + np.zeros(shape)).shape
            columns = [(a + np.zeros(shape, dtype=a.dtype)).ravel().tolist() for a in arrays]
            results = [pyfunc(*values) for values in zip(*columns)]
            return np.array(results).reshape(shape)
        return vectorized

    def equal(x1, x2):
        return np.asarray(x1) == np.asarray(x2)


    def not_equal(x1, x2):
        return np.asarray(x1) != np.asarray(x2)


    def greater(x1, x2):
        return np.asarray(x1) > np.asarray(x2)


    def greater_equal(x1, x2):
        return np.asarray(x1) >= np.asarray(x2)


    def less(x1, x2):
        return np.asarray(x1) < np.asarray(x2)


    def less_equal(x1, x2):
        return np.asarray(x1) <= np.asarray(x2)


    def bitwise_and(x1, x2):
        return np.asarray(x1) & np.asarray(x2)


    def bitwise_or(x1, x2):
        return np.asarray(x1) | np.asarray(x2)


    def bitwise_xor(x1, x2):
        return np.asarray(x1) ^ np.asarray(x2)


    def left_shift(x1, x2):
        return np.asarray(x1) << np.asarray(x2)


    def right_shift(x1, x2):
        return np.asarray(x1) >> np.asarray(x2)


    def invert(x):
        return ~np.asarray(x)


    def positive(x):
        return +np.asarray(x)


    def fmax(x1, x2):
        x1, x2 = np.asarray(x1), np.asarray(x2)
        return np.where(np.isnan(x2), x1, np.where(np.isnan(x1), x2, np.maximum(x1, x2)))


    def fmin(x1, x2):
        x1, x2 = np.asarray(x1), np.asarray(x2)
        return np.where(np.isnan(x2), x1, np.where(np.isnan(x1), x2, np.minimum(x1, x2)))


    def radians(x):
        return np.deg2rad(x)


    def degrees(x):
        return np.rad2deg(x)


    def roll(a, shift, axis=None):
        a = np.asarray(a)
        if axis is None:
            return roll(a.ravel(), shift, 0).reshape(a.shape)
        axes = (axis,) if isinstance(axis, int) else tuple(axis)
        shifts = (shift,) * len(axes) if isinstance(shift, int) else tuple(shift)
        if len(shifts) == 1 and len(axes) > 1:
            shifts = shifts * len(axes)
        if len(axes) == 1 and len(shifts) > 1:
            axes = axes * len(shifts)
        if len(shifts) != len(axes):
            raise ValueError("'shift' and 'axis' should be scalars or 1D sequences")
        totals = [0] * a.ndim
        for s, ax in zip(shifts, axes):
            if not -a.ndim <= ax < a.ndim:
                raise np.exceptions.AxisError(f"axis {ax} is out of bounds for array of dimension {a.ndim}")
            totals[ax % a.ndim] += s
        result = a.copy()
        for ax, s in enumerate(totals):
            n = a.shape[ax]
            if n == 0 or s % n == 0:
                continue
            s %= n
            before = [slice(None)] * a.ndim
            after = [slice(None)] * a.ndim
            before[ax] = slice(n - s, None)
            after[ax] = slice(None, n - s)
            result = np.concatenate((result[tuple(before)], result[tuple(after)]), axis=ax)
        return result


    def ediff1d(ary, to_end=None, to_begin=None):
        ary = np.asarray(ary).ravel()
        parts = []
        if to_begin is not None:
            parts.append(np.asarray(to_begin).ravel().astype(ary.dtype))
        parts.append(ary[1:] - ary[:-1])
        if to_end is not None:
            parts.append(np.asarray(to_end).ravel().astype(ary.dtype))
        return np.concatenate(parts) if len(parts) > 1 else parts[0]


    def lexsort(keys, axis=-1):
        keys = [np.asarray(k) for k in keys] if not isinstance(keys, np.ndarray) else list(keys)
        if not keys:
            raise TypeError("need sequence of keys with len > 0 in lexsort")
        n = keys[0].shape[axis] if keys[0].ndim else 1
        for k in keys:
            if k.shape != keys[0].shape:
                raise ValueError("all keys need to be the same shape")
        if keys[0].ndim != 1:
            raise NotImplementedError("np.lexsort of keys with more than one dimension is not supported yet")
        order = np.arange(n)
        for k in keys:
            order = order[np.argsort(k[order], kind="stable")]
        return order


    def flatnonzero(a):
        return np.nonzero(np.ravel(a))[0]


    def tri(N, M=None, k=0, dtype=float):
        if M is None:
            M = N
        return (np.arange(N)[:, None] >= np.arange(-k, M - k)[None, :]).astype(dtype)


    def tril_indices(n, k=0, m=None):
        return np.nonzero(tri(n, m, k=k, dtype=bool))


    def triu_indices(n, k=0, m=None):
        return np.nonzero(~tri(n, m, k=k - 1, dtype=bool))


    def _square_indices_source(arr):
        arr = np.asarray(arr)
        if arr.ndim != 2:
            raise ValueError("input array must be 2-d")
        return arr


    def tril_indices_from(arr, k=0):
        arr = _square_indices_source(arr)
        return tril_indices(arr.shape[-2], k=k, m=arr.shape[-1])


    def triu_indices_from(arr, k=0):
        arr = _square_indices_source(arr)
        return triu_indices(arr.shape[-2], k=k, m=arr.shape[-1])


    def diag_indices(n, ndim=2):
        idx = np.arange(n)
        return (idx,) * ndim


    def diag_indices_from(arr):
        arr = np.asarray(arr)
        if arr.ndim < 2:
            raise ValueError("input array must be at least 2-d")
        if len(set(arr.shape)) != 1:
            raise ValueError("All dimensions of input must be of equal length")
        return diag_indices(arr.shape[0], arr.ndim)


    def geomspace(start, stop, num=50, endpoint=True, dtype=None, axis=0):
        if start == 0 or stop == 0:
            raise ValueError("Geometric sequence cannot include zero")
        sign = 1.0
        if start < 0 and stop < 0:
            start, stop, sign = -start, -stop, -1.0
        result = np.logspace(math.log10(start), math.log10(stop), num, endpoint=endpoint)
        if num > 0:
            result[0] = start
            if num > 1 and endpoint:
                result[-1] = stop
        result = sign * result
        return result if dtype is None else result.astype(dtype)


    def trapezoid(y, x=None, dx=1.0, axis=-1):
        y = np.asarray(y)
        if x is None:
            d = dx
        else:
            x = np.asarray(x)
            d = np.diff(x) if x.ndim == 1 else np.diff(x, axis=axis)
            if x.ndim == 1 and y.ndim > 1:
                shape = [1] * y.ndim
                shape[axis] = d.shape[0]
                d = d.reshape(shape)
        n = y.ndim
        upper = [slice(None)] * n
        lower = [slice(None)] * n
        upper[axis] = slice(1, None)
        lower[axis] = slice(None, -1)
        return (d * (y[tuple(upper)] + y[tuple(lower)]) / 2.0).sum(axis)


    def apply_along_axis(func1d, axis, arr, *args, **kwargs):
        arr = np.asarray(arr)
        nd = arr.ndim
        if not -nd <= axis < nd:
            raise np.exceptions.AxisError(f"axis {axis} is out of bounds for array of dimension {nd}")
        axis %= nd
        moved = np.moveaxis(arr, axis, -1)
        outer = moved.shape[:-1]
        if 0 in outer:
            raise ValueError("Cannot apply_along_axis when any iteration dimensions are 0")
        count = 1
        for n in outer:
            count *= n
        positions = [np.unravel_index(i, outer) for i in range(count)] if outer else [()]
        results = [np.asarray(func1d(moved[p], *args, **kwargs)) for p in positions]
        first = results[0]
        buffer = np.zeros(outer + first.shape, dtype=first.dtype)
        for p, r in zip(positions, results):
            buffer[p] = r
        dims = list(range(buffer.ndim))
        order = dims[0:axis] + dims[buffer.ndim - first.ndim:buffer.ndim] + dims[axis:buffer.ndim - first.ndim]
        return buffer.transpose(order)


    def fromfunction(function, shape, *, dtype=float, like=None, **kwargs):
        return function(*np.indices(shape, dtype=dtype), **kwargs)


    def _matrix_power(a, n):
        a = np.asarray(a)
        if a.ndim < 2:
            raise np.linalg.LinAlgError(f"{a.ndim}-dimensional array given. Array must be at least two-dimensional")
        if a.shape[-1] != a.shape[-2]:
            raise np.linalg.LinAlgError("Last 2 dimensions of the array must be square")
        if not isinstance(n, int):
            raise TypeError("exponent must be an integer")
        if n == 0:
            result = np.zeros(a.shape, dtype=a.dtype)
            result[...] = np.eye(a.shape[-1], dtype=a.dtype)
            return result
        if n < 0:
            a = np.linalg.inv(a)
            n = abs(n)
        if n == 1:
            return a.copy()
        if n == 2:
            return np.matmul(a, a)
        if n == 3:
            return np.matmul(np.matmul(a, a), a)
        z = result = None
        while n > 0:
            z = a if z is None else np.matmul(z, z)
            n, bit = divmod(n, 2)
            if bit:
                result = z if result is None else np.matmul(result, z)
        return result


    np.linalg.matrix_power = _matrix_power


    def _unique_general(ar, return_index=False, return_inverse=False, return_counts=False,
                        axis=None, *, equal_nan=True, sorted=True):
        ar = np.asarray(ar)
        if axis is not None:
            return _unique_rows(ar, axis, return_index, return_inverse, return_counts)
        flat = ar.ravel()
        perm = np.argsort(flat, kind="stable")
        aux = flat[perm]
        mask = np.ones(aux.shape, dtype=bool)
        if aux.size:
            mask[1:] = aux[1:] != aux[:-1]
            if equal_nan and aux.dtype.kind in "fc" and np.isnan(aux[-1]):
                first_nan = np.searchsorted(aux, aux[-1], side="left")
                mask[first_nan] = True
                mask[first_nan + 1:] = False
        result = (aux[mask],)
        if return_index:
            result += (perm[mask],)
        if return_inverse:
            inverse = np.zeros(mask.shape, dtype=np.int64)
            inverse[perm] = np.cumsum(mask) - 1
            result += (inverse.reshape(ar.shape),)
        if return_counts:
            edges = np.concatenate((np.nonzero(mask)[0], np.array([mask.size])))
            result += (np.diff(edges),)
        return result[0] if len(result) == 1 else result


    def _unique_rows(ar, axis, return_index, return_inverse, return_counts):
        if not -ar.ndim <= axis < ar.ndim:
            raise np.exceptions.AxisError(f"axis {axis} is out of bounds for array of dimension {ar.ndim}")
        moved = np.moveaxis(ar, axis, 0)
        n = moved.shape[0]
        keys = moved.reshape(n, -1).tolist()
        order = sorted(range(n), key=lambda i: keys[i])
        firsts = [i for j, i in enumerate(order) if j == 0 or keys[i] != keys[order[j - 1]]]
        values = np.moveaxis(moved[np.array(firsts, dtype=np.int64)], 0, axis) if firsts else np.moveaxis(moved[:0], 0, axis)
        result = (values,)
        if return_index:
            result += (np.array(firsts, dtype=np.int64),)
        positions = {}
        for k, i in enumerate(firsts):
            positions[tuple(keys[i])] = k
        if return_inverse:
            result += (np.array([positions[tuple(keys[i])] for i in range(n)], dtype=np.int64),)
        if return_counts:
            counts = [0] * len(firsts)
            for i in range(n):
                counts[positions[tuple(keys[i])]] += 1
            result += (np.array(counts, dtype=np.int64),)
        return result[0] if len(result) == 1 else result


    np._unique_general = _unique_general


    _PAD_MODES_NOT_YET = ("linear_ramp", "maximum", "mean", "median", "minimum", "empty")


    def _pad_source(p, n, mode):
        # The element of an axis of length n that lands at position p (p < 0 or p >= n in
        # the padding): numpy's reflections and wraps, which repeat with these periods.
        if mode == "edge":
            return min(max(p, 0), n - 1)
        if mode == "wrap":
            return p % n
        if mode == "symmetric":
            q = p % (2 * n)
            return q if q < n else 2 * n - 1 - q
        period = 2 * (n - 1)
        if period == 0:
            return 0
        q = p % period
        return q if q < n else period - q


    def pad(array, pad_width, mode="constant", **kwargs):
        if mode == "constant":
            values = kwargs.get("constant_values", 0)
            if np.ndim(values) == 0:
                return np._pad_constant(array, pad_width, **kwargs)
            return _pad_constant_pairs(array, pad_width, values)
        if mode in _PAD_MODES_NOT_YET:
            raise NotImplementedError(f"np.pad mode '{mode}' is not supported yet")
        if mode not in ("edge", "reflect", "symmetric", "wrap"):
            raise ValueError(f"mode '{mode}' is not supported")
        if kwargs:
            raise ValueError(f"unsupported keyword arguments for mode '{mode}': {set(kwargs)}")
        a = np.asarray(array)
        widths = np.broadcast_to(np.asarray(pad_width), (a.ndim, 2))
        if widths.size and widths.min() < 0:
            raise ValueError("index can't contain negative values")
        for axis in range(a.ndim):
            before, after = int(widths[axis, 0]), int(widths[axis, 1])
            n = a.shape[axis]
            if before == 0 and after == 0:
                continue
            if n == 0:
                raise ValueError(
                    f"can't extend empty axis {axis} using modes other than 'constant' or 'empty'")
            source = [_pad_source(i - before, n, mode) for i in range(before + n + after)]
            a = np.take(a, source, axis=axis)
        return a


    def _pad_constant_pairs(array, pad_width, values):
        # Values per axis and side, numpy's order: each axis's pads span the axes before it
        # in full and the later ones over the original extent (so corners take the last
        # axis's value).
        a = np.asarray(array)
        widths = np.broadcast_to(np.asarray(pad_width), (a.ndim, 2))
        pairs = np.broadcast_to(np.asarray(values), (a.ndim, 2))
        padded = np._pad_constant(a, pad_width)
        for axis in range(a.ndim):
            before, after = int(widths[axis, 0]), int(widths[axis, 1])
            for side, count in ((0, before), (1, after)):
                if count == 0:
                    continue
                region = []
                for other in range(a.ndim):
                    if other < axis:
                        region.append(slice(None))
                    elif other == axis:
                        region.append(slice(0, before) if side == 0 else slice(padded.shape[axis] - after, None))
                    else:
                        region.append(slice(int(widths[other, 0]), int(widths[other, 0]) + a.shape[other]))
                padded[tuple(region)] = pairs[axis, side]
        return padded


    def _einsum_diagonals(op, term):
        # A label repeated within one operand ('ii') takes that operand's diagonal.
        while True:
            repeated = [l for l in term if term.count(l) > 1]
            if not repeated:
                return op, term
            label = repeated[0]
            i = term.index(label)
            j = term.index(label, i + 1)
            if op.shape[i] != op.shape[j]:
                raise ValueError(
                    f"dimensions in operand 0 for collapsing index '{label}' don't match "
                    f"({op.shape[i]} != {op.shape[j]})")
            op = np.diagonal(op, axis1=i, axis2=j)
            term = term[:i] + term[i + 1:j] + term[j + 1:] + label


    def _einsum_sum_unused(op, term, needed):
        axes = tuple(i for i, l in enumerate(term) if l not in needed)
        if not axes:
            return op, term
        return op.sum(axis=axes), "".join(l for l in term if l in needed)


    def einsum(subscripts, *operands, out=None, optimize=False):
        if not isinstance(subscripts, str):
            raise NotImplementedError("np.einsum with operand/sublist arguments is not supported yet")
        spec = subscripts.replace(" ", "")
        if "." in spec:
            raise NotImplementedError("np.einsum with '...' is not supported yet")
        inputs, arrow, output = spec.partition("->")
        terms = inputs.split(",")
        # (numpy's wording: "more operands" when the string names more of them.)
        if len(terms) > len(operands):
            raise ValueError("more operands provided to einstein sum function than specified in the subscripts string")
        if len(terms) < len(operands):
            raise ValueError("fewer operands provided to einstein sum function than specified in the subscripts string")
        if not arrow:
            output = "".join(sorted(l for l in set(inputs) if l != "," and inputs.count(l) == 1))
        for l in output:
            if output.count(l) > 1:
                raise ValueError(f"einstein sum subscripts string includes output subscript '{l}' multiple times")
            if l not in inputs:
                raise ValueError(f"einstein sum subscripts string included output subscript '{l}' which never appeared in an input")
        ops = []
        for k, (term, op) in enumerate(zip(terms, operands)):
            op = np.asarray(op)
            if len(term) > op.ndim:
                raise ValueError(f"einstein sum subscripts string contains too many subscripts for operand {k}")
            if len(term) < op.ndim:
                raise ValueError("operand has more dimensions than subscripts given in einstein sum, but no '...' ellipsis provided to broadcast the extra dimensions.")
            ops.append(_einsum_diagonals(op, term))
        sizes = {}
        for op, term in ops:
            for l, n in zip(term, op.shape):
                if sizes.get(l, n) != n:
                    shapes = " ".join(f"({','.join(str(d) for d in o.shape)})->({','.join(str(d) for d in o.shape)})"
                                      for o, _ in ops)
                    raise ValueError(f"operands could not be broadcast together with remapped shapes [original->remapped]: {shapes} ")
                sizes[l] = n
        current, term = ops[0]
        for k in range(1, len(ops)):
            other, other_term = ops[k]
            later = output + "".join(t for _, t in ops[k + 1:])
            current, term = _einsum_sum_unused(current, term, later + other_term)
            other, other_term = _einsum_sum_unused(other, other_term, later + term)
            batch = [l for l in term if l in other_term and l in later]
            shared = [l for l in term if l in other_term and l not in later]
            left = [l for l in term if l not in other_term]
            right = [l for l in other_term if l not in term]
            a = current.transpose([term.index(l) for l in batch + left + shared])
            b = other.transpose([other_term.index(l) for l in batch + shared + right])
            size = lambda labels: int(np.prod([sizes[l] for l in labels]))
            product = np.matmul(a.reshape(size(batch), size(left), size(shared)),
                                b.reshape(size(batch), size(shared), size(right)))
            current = product.reshape(tuple(sizes[l] for l in batch + left + right))
            term = "".join(batch + left + right)
        current, term = _einsum_sum_unused(current, term, output)
        result = current.transpose([term.index(l) for l in output]) if output else current[()]
        if out is not None:
            out[...] = result
            return out
        return result


    def unravel_index(indices, shape, order="C"):
        if order not in ("C", "F"):
            raise ValueError("only 'C' or 'F' order is permitted")
        dims = (shape,) if isinstance(shape, int) else tuple(shape)
        flat = np.asarray(indices)
        if flat.dtype.kind not in "iu":
            raise TypeError("only int indices permitted")
        size = int(np.prod(dims)) if dims else 1
        if flat.size and (int(flat.min()) < 0 or int(flat.max()) >= size):
            bad = int(flat.max()) if int(flat.max()) >= size else int(flat.min())
            raise ValueError(f"index {bad} is out of bounds for array with size {size}")
        rest = flat.astype(np.int64)
        out = [None] * len(dims)
        axes = range(len(dims) - 1, -1, -1) if order == "C" else range(len(dims))
        for i in axes:
            out[i] = rest % dims[i]
            rest = rest // dims[i]
        if flat.ndim == 0:
            return tuple(np.int64(int(v)) for v in out)
        return tuple(out)


    def ravel_multi_index(multi_index, dims, mode="raise", order="C"):
        dims = (dims,) if isinstance(dims, int) else tuple(dims)
        parts = [np.asarray(p) for p in multi_index]
        if len(parts) != len(dims):
            raise ValueError(f"parameter multi_index must be a sequence of length {len(dims)}")
        for p, d in zip(parts, dims):
            if mode == "raise" and p.size and (int(p.min()) < 0 or int(p.max()) >= d):
                raise ValueError("invalid entry in coordinates array")
        result = np.zeros(np.broadcast_shapes(*[p.shape for p in parts]), dtype=np.int64)
        axes = range(len(dims)) if order == "C" else range(len(dims) - 1, -1, -1)
        for i in axes:
            result = result * dims[i] + parts[i]
        return result if result.ndim else np.int64(int(result))


    def tensordot(a, b, axes=2):
        a, b = np.asarray(a), np.asarray(b)
        if isinstance(axes, int):
            a_axes = list(range(a.ndim - axes, a.ndim))
            b_axes = list(range(axes))
        else:
            a_axes, b_axes = axes
            a_axes = [a_axes] if isinstance(a_axes, int) else list(a_axes)
            b_axes = [b_axes] if isinstance(b_axes, int) else list(b_axes)
        if len(a_axes) != len(b_axes):
            raise ValueError("shape-mismatch for sum")
        a_axes = [x % a.ndim for x in a_axes] if a.ndim else a_axes
        b_axes = [x % b.ndim for x in b_axes] if b.ndim else b_axes
        for x, y in zip(a_axes, b_axes):
            if a.shape[x] != b.shape[y]:
                raise ValueError("shape-mismatch for sum")
        a_free = [x for x in range(a.ndim) if x not in a_axes]
        b_free = [x for x in range(b.ndim) if x not in b_axes]
        inner = int(np.prod([a.shape[x] for x in a_axes])) if a_axes else 1
        at = a.transpose(a_free + a_axes).reshape(-1, inner)
        bt = b.transpose(b_axes + b_free).reshape(inner, -1)
        return np.dot(at, bt).reshape(tuple(a.shape[x] for x in a_free) + tuple(b.shape[x] for x in b_free))


    def indices(dimensions, dtype=int, sparse=False):
        dims = tuple(dimensions)
        grids = []
        for i, n in enumerate(dims):
            shape = [1] * len(dims)
            shape[i] = n
            axis = np.arange(n, dtype=dtype).reshape(shape)
            grids.append(axis if sparse else np.broadcast_to(axis, dims))
        if sparse:
            return tuple(grids)
        return np.array(grids, dtype=dtype).reshape((len(dims),) + dims)


    def cross(a, b, axisa=-1, axisb=-1, axisc=-1, axis=None):
        a, b = np.asarray(a), np.asarray(b)
        if axis is not None:
            axisa, axisb, axisc = (axis,) * 3
        # The vectors lie along axisa and axisb; the result's along axisc.
        a = np.moveaxis(a, axisa, -1)
        b = np.moveaxis(b, axisb, -1)
        result = _cross_last(a, b)
        if result.ndim > 0 and a.shape[-1] == 3 or b.shape[-1] == 3:
            result = np.moveaxis(result, -1, axisc)
        return result


    def _cross_last(a, b):
        if a.shape[-1] not in (2, 3) or b.shape[-1] not in (2, 3):
            raise ValueError("incompatible dimensions for cross product\n(dimension must be 2 or 3)")
        if a.shape[-1] == 2 and b.shape[-1] == 2:
            return a[..., 0] * b[..., 1] - a[..., 1] * b[..., 0]
        a0, a1 = a[..., 0], a[..., 1]
        a2 = a[..., 2] if a.shape[-1] == 3 else np.zeros_like(a0)
        b0, b1 = b[..., 0], b[..., 1]
        b2 = b[..., 2] if b.shape[-1] == 3 else np.zeros_like(b0)
        return np.stack([a1 * b2 - a2 * b1, a2 * b0 - a0 * b2, a0 * b1 - a1 * b0], axis=-1)


    def broadcast_shapes(*args):
        shapes = [(s,) if isinstance(s, int) else tuple(s) for s in args]
        ndim = max((len(s) for s in shapes), default=0)
        result = [1] * ndim
        owner = [None] * ndim
        for k, shape in enumerate(shapes):
            for i, n in enumerate(shape):
                j = ndim - len(shape) + i
                if n == 1:
                    continue
                if result[j] == 1:
                    result[j], owner[j] = n, k
                elif result[j] != n:
                    first = shapes[owner[j]]
                    raise ValueError(
                        "shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is "
                        f"between arg {owner[j]} with shape {first} and arg {k} with shape {shape}.")
        return tuple(result)
    """#
}
