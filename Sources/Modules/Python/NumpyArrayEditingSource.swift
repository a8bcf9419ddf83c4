/// numpy's functions that build a new array out of an old one by adding, removing, picking or
/// rearranging elements (`append`, `insert`, `delete`, `select`, `take_along_axis`, `block`,
/// `mgrid`, ...), written in the language on NumKit's primitives with numpy's rules and
/// messages. Installed with `NumpyLibrarySource`; checked against numpy by
/// `Tests/ModulesTests/Fixtures/numpy_array_editing.py`.
enum NumpyArrayEditingSource {
  static let text = #"""
    def _normalize_axis(axis, ndim):
        if not -ndim <= axis < ndim:
            raise np.exceptions.AxisError(f"axis {axis} is out of bounds for array of dimension {ndim}")
        return axis % ndim


    def _along(axis, ndim, index):
        return (slice(None),) * axis + (index,) + (slice(None),) * (ndim - axis - 1)


    def _flat_axis(arr, axis):
        # numpy's habit for axis=None: work on the flattened array's only axis.
        arr = np.asarray(arr)
        if axis is None:
            if arr.ndim != 1:
                arr = arr.ravel()
            return arr, arr.ndim - 1
        return arr, _normalize_axis(axis, arr.ndim)


    def append(arr, values, axis=None):
        arr = np.asarray(arr)
        if axis is None:
            if arr.ndim != 1:
                arr = arr.ravel()
            values = np.ravel(values)
            axis = arr.ndim - 1
        return np.concatenate((arr, values), axis=axis)


    def delete(arr, obj, axis=None):
        arr, axis = _flat_axis(arr, axis)
        n = arr.shape[axis]
        if isinstance(obj, slice):
            keep = np.ones(n, dtype=bool)
            keep[obj] = False
            return arr[_along(axis, arr.ndim, keep)].copy()
        if isinstance(obj, (int, np.integer)) and not isinstance(obj, (bool, np.bool_)):
            if obj < -n or obj >= n:
                raise IndexError(f"index {obj} is out of bounds for axis {axis} with size {n}")
            keep = np.ones(n, dtype=bool)
            keep[obj] = False
            return arr[_along(axis, arr.ndim, keep)]
        given = obj
        obj = np.asarray(obj)
        if obj.size == 0 and not isinstance(given, np.ndarray):
            obj = obj.astype(np.intp)
        if obj.dtype == bool:
            if obj.shape != (n,):
                raise ValueError("boolean array argument obj to delete must be one dimensional "
                                 f"and match the axis length of {n}")
            keep = ~obj
        else:
            if obj.dtype.kind not in "iu":
                raise IndexError("arrays used as indices must be of integer (or boolean) type")
            keep = np.ones(n, dtype=bool)
            keep[obj.ravel(),] = False
        return arr[_along(axis, arr.ndim, keep)]


    def insert(arr, obj, values, axis=None):
        arr, axis = _flat_axis(arr, axis)
        n = arr.shape[axis]
        shape = list(arr.shape)
        if isinstance(obj, slice):
            indices = np.arange(*obj.indices(n))
        else:
            indices = np.array(obj)
            if indices.dtype == bool:
                indices = indices.astype(np.intp)
            elif indices.ndim > 1:
                raise ValueError("index array argument obj to insert must be one dimensional or scalar")
        if indices.size == 1:
            index = indices.item()
            if index < -n or index > n:
                raise IndexError(f"index {obj} is out of bounds for axis {axis} with size {n}")
            if index < 0:
                index += n
            values = np.array(values, ndmin=arr.ndim, dtype=arr.dtype)
            if indices.ndim == 0:
                values = np.moveaxis(values, 0, axis)
            count = values.shape[axis]
            shape[axis] += count
            new = np.empty(shape, dtype=arr.dtype)
            new[_along(axis, arr.ndim, slice(None, index))] = arr[_along(axis, arr.ndim, slice(None, index))]
            new[_along(axis, arr.ndim, slice(index, index + count))] = values
            new[_along(axis, arr.ndim, slice(index + count, None))] = arr[_along(axis, arr.ndim, slice(index, None))]
            return new
        if indices.size == 0 and not isinstance(obj, np.ndarray):
            indices = indices.astype(np.intp)
        indices = indices.copy()
        indices[indices < 0] += n
        count = len(indices)
        order = indices.argsort(kind="mergesort")
        indices[order] += np.arange(count)
        shape[axis] += count
        old = np.ones(shape[axis], dtype=bool)
        old[indices] = False
        new = np.empty(shape, dtype=arr.dtype)
        new[_along(axis, arr.ndim, indices)] = values
        new[_along(axis, arr.ndim, old)] = arr
        return new


    def resize(a, new_shape):
        if isinstance(new_shape, (int, np.integer)):
            new_shape = (new_shape,)
        a = np.ravel(a)
        size = 1
        for n in new_shape:
            size *= n
            if n < 0:
                raise ValueError("all elements of `new_shape` must be non-negative")
        if a.size == 0 or size == 0:
            return np.zeros(new_shape, dtype=a.dtype)
        repeats = -(-size // a.size)
        return np.concatenate((a,) * repeats)[:size].reshape(new_shape)


    def trim_zeros(filt, trim="fb"):
        letters = trim.lower()
        unknown = set(letters) - {"f", "b"}
        if unknown:
            raise ValueError(f"unexpected character(s) in `trim`: {''.join(sorted(unknown))!r}")
        first = 0
        if "f" in letters:
            for x in filt:
                if x != 0:
                    break
                first += 1
        last = len(filt)
        if "b" in letters and first < last:
            for x in filt[::-1]:
                if x != 0:
                    break
                last -= 1
        return filt[first:last]


    def select(condlist, choicelist, default=0):
        if len(condlist) != len(choicelist):
            raise ValueError("list of cases must be same length as list of conditions")
        if len(condlist) == 0:
            raise ValueError("select with an empty condition list is not possible")
        conditions = [np.asarray(c) for c in condlist]
        for i, c in enumerate(conditions):
            if c.dtype != bool:
                raise TypeError(f"invalid entry {i} in condlist: should be boolean ndarray")
        result = default
        for c, choice in zip(conditions[::-1], list(choicelist)[::-1]):
            result = np.where(c, choice, result)
        return np.asarray(result)


    def choose(a, choices, out=None, mode="raise"):
        a = np.asarray(a)
        if a.dtype.kind not in "iub":
            raise TypeError("Cannot cast array data from dtype('float64') to dtype('int64') according to the rule 'safe'")
        arrays = np.broadcast_arrays(a, *[np.asarray(c) for c in choices])
        index, options = arrays[0].astype(np.intp), arrays[1:]
        n = len(options)
        if mode == "raise":
            if np.any((index < 0) | (index >= n)):
                raise ValueError("invalid entry in choice array")
        elif mode == "wrap":
            index = index % n
        elif mode == "clip":
            index = np.clip(index, 0, n - 1)
        else:
            raise ValueError(f"clipmode must be one of 'clip', 'raise', or 'wrap' (got {mode!r})")
        stacked = np.stack(options).reshape(n, -1)
        result = stacked[index.ravel(), np.arange(index.size)].reshape(index.shape)
        if out is not None:
            out[...] = result
            return out
        return result


    def extract(condition, arr):
        return np.ravel(arr)[np.flatnonzero(np.ravel(condition))]


    def place(arr, mask, vals):
        mask = np.asarray(mask, dtype=bool)
        count = int(np.count_nonzero(mask))
        vals = np.ravel(vals)
        if vals.size == 0:
            if count:
                raise ValueError("Cannot insert from an empty array!")
            return None
        flat = np.flatnonzero(np.ravel(mask))
        arr.flat[flat] = np.resize(vals, count)


    def piecewise(x, condlist, funclist, *args, **kw):
        x = np.asarray(x)
        n2 = len(funclist)
        if isinstance(condlist, (bool, np.bool_)) or (
                not isinstance(condlist[0], (list, np.ndarray)) and x.ndim != 0):
            condlist = [condlist]
        condlist = np.asarray(condlist, dtype=bool)
        n = len(condlist)
        if n == n2 - 1:
            otherwise = ~np.any(condlist, axis=0, keepdims=True)
            condlist = np.concatenate([condlist, otherwise], axis=0)
            n += 1
        elif n != n2:
            raise ValueError(f"with {n} condition(s), either {n} or {n + 1} functions are expected")
        y = np.zeros_like(x)
        for cond, func in zip(condlist, funclist):
            if not callable(func):
                y[cond] = func
            else:
                vals = x[cond]
                if vals.size > 0:
                    y[cond] = func(vals, *args, **kw)
        return y


    def take_along_axis(arr, indices, axis=-1):
        arr = np.asarray(arr)
        indices = np.asarray(indices)
        if axis is None:
            if indices.ndim != 1:
                raise ValueError("when axis=None, `indices` must have a single dimension.")
            return arr.ravel()[indices]
        axis = _normalize_axis(axis, arr.ndim)
        if indices.dtype.kind not in "iu":
            raise IndexError("`indices` must be an integer array")
        if indices.ndim != arr.ndim:
            raise ValueError("`indices` and `arr` must have the same number of dimensions")
        return arr[_fancy_along(arr.shape, indices, axis)]


    def put_along_axis(arr, indices, values, axis):
        indices = np.asarray(indices)
        if axis is None:
            if indices.ndim != 1:
                raise ValueError("when axis=None, `indices` must have a single dimension.")
            arr.flat[indices] = values
            return None
        axis = _normalize_axis(axis, arr.ndim)
        if indices.dtype.kind not in "iu":
            raise IndexError("`indices` must be an integer array")
        if indices.ndim != arr.ndim:
            raise ValueError("`indices` and `arr` must have the same number of dimensions")
        arr[_fancy_along(arr.shape, indices, axis)] = values


    def _fancy_along(shape, indices, axis):
        # Index arrays that pick `indices` along `axis` and broadcast along every other axis.
        index = []
        ndim = len(shape)
        for dim in range(ndim):
            if dim == axis:
                index.append(indices)
            else:
                index.append(np.arange(shape[dim]).reshape((1,) * dim + (-1,) + (1,) * (ndim - dim - 1)))
        return tuple(index)


    def hsplit(ary, indices_or_sections):
        if np.ndim(ary) == 0:
            raise ValueError("hsplit only works on arrays of 1 or more dimensions")
        return np.split(ary, indices_or_sections, 1 if np.ndim(ary) > 1 else 0)


    def vsplit(ary, indices_or_sections):
        if np.ndim(ary) < 2:
            raise ValueError("vsplit only works on arrays of 2 or more dimensions")
        return np.split(ary, indices_or_sections, 0)


    def dsplit(ary, indices_or_sections):
        if np.ndim(ary) < 3:
            raise ValueError("dsplit only works on arrays of 3 or more dimensions")
        return np.split(ary, indices_or_sections, 2)


    def rollaxis(a, axis, start=0):
        a = np.asarray(a)
        n = a.ndim
        axis = _normalize_axis(axis, n)
        if start < 0:
            start += n
        if not 0 <= start < n + 1:
            raise np.exceptions.AxisError(
                f"'start' arg requires {-n} <= start < {n + 1}, but {start} was passed in")
        if axis < start:
            start -= 1
        if axis == start:
            return a[...]
        axes = list(range(n))
        axes.remove(axis)
        axes.insert(start, axis)
        return a.transpose(axes)


    def diagflat(v, k=0):
        return np.diag(np.ravel(v), k)


    def _block_where(index):
        return "arrays" + "".join(f"[{i}]" for i in index)


    def _block_depth(arrays, index):
        # The index path of the first leaf (its length is the nesting depth) and the largest
        # leaf ndim, with numpy's checks.
        if isinstance(arrays, tuple):
            raise TypeError(f"{_block_where(index)} is a tuple. Only lists can be used to arrange "
                            "blocks, and np.block does not allow implicit conversion from tuple to ndarray.")
        if not isinstance(arrays, list):
            return index, np.ndim(arrays)
        if len(arrays) == 0:
            raise ValueError(f"List at {_block_where(index)} cannot be empty")
        first, most = None, 0
        for i, item in enumerate(arrays):
            path, ndim = _block_depth(item, index + [i])
            if first is None:
                first = path
            elif len(path) != len(first):
                raise ValueError(
                    f"List depths are mismatched. First element was at depth {len(first)}, "
                    f"but there is an element at depth {len(path)} ({_block_where(path)})")
            most = max(most, ndim)
        return first, most


    def _block_join(arrays, depth, level, ndim):
        if level == depth:
            x = np.asarray(arrays)
            return x.reshape((1,) * (ndim - x.ndim) + x.shape)
        parts = [_block_join(item, depth, level + 1, ndim) for item in arrays]
        return np.concatenate(parts, axis=-(depth - level))


    def block(arrays):
        path, most = _block_depth(arrays, [])
        depth = len(path)
        result = _block_join(arrays, depth, 0, max(depth, most))
        return result.copy() if depth == 0 else result


    def ix_(*args):
        out = []
        nd = len(args)
        for k, new in enumerate(args):
            if not isinstance(new, np.ndarray):
                new = np.asarray(new)
                if new.size == 0:
                    new = new.astype(np.intp)
            if new.ndim != 1:
                raise ValueError("Cross index must be 1 dimensional")
            if new.dtype == bool:
                (new,) = new.nonzero()
            out.append(new.reshape((1,) * k + (new.size,) + (1,) * (nd - k - 1)))
        return tuple(out)


    class _GridMaker:
        # numpy's mgrid (dense) and ogrid (open): slices become aranges, one axis per slice.
        def __init__(self, sparse):
            self.sparse = sparse

        def __getitem__(self, key):
            # A complex step (`0:1:5j`) is a count of points, both ends included.
            if isinstance(key, slice):
                start = 0 if key.start is None else key.start
                if isinstance(key.step, complex):
                    length = int(abs(key.step))
                    step = (key.stop - start) / float(length - 1) if length != 1 else length
                    return np.arange(0, length, 1, dtype=np.float64) * step + start
                return np.arange(start, key.stop, 1 if key.step is None else key.step)
            sizes = []
            floats = False
            for k in key:
                start = 0 if k.start is None else k.start
                step = 1 if k.step is None else k.step
                if isinstance(step, complex):
                    sizes.append(int(abs(step)))
                    floats = True
                    continue
                sizes.append(int(math.ceil((k.stop - start) / (step * 1.0))))
                floats = floats or any(isinstance(v, float) for v in (start, k.stop, step))
            kind = np.float64 if floats else np.int64
            if self.sparse:
                grids = [np.arange(n, dtype=kind) for n in sizes]
            else:
                grids = list(np.indices(sizes, dtype=kind))
            for i, k in enumerate(key):
                start = 0 if k.start is None else k.start
                step = 1 if k.step is None else k.step
                if isinstance(step, complex):
                    step = int(abs(step))
                    if step != 1:
                        step = (k.stop - start) / float(step - 1)
                grids[i] = grids[i] * step + start
            if self.sparse:
                count = len(sizes)
                return tuple(g.reshape((1,) * i + (-1,) + (1,) * (count - i - 1))
                             for i, g in enumerate(grids))
            return np.stack(grids) if grids else np.zeros((0,), dtype=kind)


    mgrid = _GridMaker(False)
    ogrid = _GridMaker(True)


    class _IndexExpression:
        def __init__(self, maketuple):
            self.maketuple = maketuple

        def __getitem__(self, item):
            if self.maketuple and not isinstance(item, tuple):
                return (item,)
            return item


    s_ = _IndexExpression(False)
    index_exp = _IndexExpression(True)


    def copyto(dst, src, casting="same_kind", where=True):
        src = np.asarray(src)
        if not np.can_cast(src.dtype, dst.dtype, casting=casting):
            raise TypeError(f"Cannot cast array data from {src.dtype!r} to {dst.dtype!r} "
                            f"according to the rule {casting!r}")
        if where is True:
            dst[...] = src
        else:
            dst[...] = np.where(where, src, dst)


    def ascontiguousarray(a, dtype=None, *, like=None):
        b = np.array(a, dtype=dtype, copy=None, ndmin=1)
        return b if b.flags['C_CONTIGUOUS'] else b.copy()


    def asfortranarray(a, dtype=None, *, like=None):
        b = np.array(a, dtype=dtype, copy=None, ndmin=1)
        return b if b.flags['F_CONTIGUOUS'] else b.T.copy().T


    def fromiter(iter, dtype, count=-1, *, like=None):
        values = []
        for x in iter:
            if count >= 0 and len(values) == count:
                break
            values.append(x)
        if count >= 0 and len(values) < count:
            raise ValueError(f"iterator too short: Expected {count} but iterator had only {len(values)} items.")
        return np.array(values, dtype=dtype)


    def setxor1d(ar1, ar2, assume_unique=False):
        a, b = np.unique(ar1), np.unique(ar2)
        both = np.concatenate((a, b))
        if both.size == 0:
            return both
        both.sort()
        flag = np.concatenate(([True], both[1:] != both[:-1], [True]))
        return both[flag[1:] & flag[:-1]]


    def _sliding_window_view(x, window_shape, axis=None, *, subok=False, writeable=False):
        window_shape = tuple(window_shape) if isinstance(window_shape, (list, tuple, np.ndarray)) else (window_shape,)
        x = np.asarray(x)
        if any(w < 0 for w in window_shape):
            raise ValueError("`window_shape` cannot contain negative values")
        if axis is None:
            axis = tuple(range(x.ndim))
            if len(window_shape) != len(axis):
                raise ValueError(f"Since axis is `None`, must provide window_shape for all dimensions of `x`; "
                                 f"got {len(window_shape)} window_shape elements and `x.ndim` is {x.ndim}.")
        else:
            axis = tuple(_normalize_axis(a, x.ndim) for a in ((axis,) if isinstance(axis, int) else axis))
            if len(window_shape) != len(axis):
                raise ValueError(f"Must provide matching length window_shape and axis; got {len(window_shape)} "
                                 f"window_shape elements and {len(axis)} axes elements.")
        strides = x.strides + tuple(x.strides[a] for a in axis)
        trimmed = list(x.shape)
        for a, n in zip(axis, window_shape):
            if trimmed[a] < n:
                raise ValueError("window shape cannot be larger than input array shape")
            trimmed[a] -= n - 1
        return np.lib.stride_tricks.as_strided(x, shape=tuple(trimmed) + window_shape, strides=strides)


    np._sliding_window_view = _sliding_window_view


    def isscalar(element):
        return isinstance(element, (int, float, bool, str, bytes, np.generic))
    """#
}
