/// numpy's reductions written in the language on NumKit's primitives: the methods of ufunc
/// objects (`np.add.reduce`, `accumulate`, `outer`, `at`), the general reduction behind
/// `amax`/`amin`/`ptp`, and the nan-ignoring reductions (`nansum` ... `nanargmin`) with
/// numpy's warnings. Installed after `NumpyLibrarySource`, in the same module.
enum NumpyReductionSource {
  static let text = #"""
    # The methods of ufunc objects (PyUfunc binds them): whole-array routes where numpy's
    # result is that of a reduction it also has, an element-by-element loop otherwise.
    _REDUCTIONS = {"add": "sum", "multiply": "prod", "maximum": "max", "minimum": "min",
                   "logical_and": "all", "logical_or": "any"}


    def _ufunc_reduce(ufunc, array, axis=0, dtype=None, out=None, keepdims=False, initial=None):
        if ufunc.nin != 2:
            raise ValueError("reduce only supported for binary functions")
        a = np.asarray(array)
        name = ufunc.__name__
        if name in _REDUCTIONS and dtype is None and initial is None:
            result = getattr(np, _REDUCTIONS[name])(a, axis=axis, keepdims=keepdims)
        else:
            if dtype is not None:
                a = a.astype(dtype)
            axes = tuple(range(a.ndim)) if axis is None else (axis,) if isinstance(axis, int) else tuple(axis)
            if len(axes) != 1:
                raise NotImplementedError(f"np.{name}.reduce over several axes is not supported yet")
            moved = np.moveaxis(a, axes[0], 0)
            if moved.shape[0] == 0 and initial is None:
                if ufunc.identity is None:
                    raise ValueError(
                        f"zero-size array to reduction operation {name} which has no identity")
                initial = ufunc.identity
            result = moved[0] if initial is None else ufunc(initial, moved[0]) if moved.shape[0] else np.full(moved.shape[1:], initial)
            for k in range(1, moved.shape[0]):
                result = ufunc(result, moved[k])
            if keepdims:
                result = np.expand_dims(result, axes[0])
        if out is not None:
            out[...] = result
            return out
        return result


    def _ufunc_accumulate(ufunc, array, axis=0, dtype=None, out=None):
        if ufunc.nin != 2:
            raise ValueError("accumulate only supported for binary functions")
        a = np.asarray(array)
        if dtype is not None:
            a = a.astype(dtype)
        name = ufunc.__name__
        if name == "add":
            result = np.cumsum(a, axis=axis)
        elif name == "multiply":
            result = np.cumprod(a, axis=axis)
        else:
            moved = np.moveaxis(a, axis, 0)
            rows = [moved[0]] if moved.shape[0] else []
            for k in range(1, moved.shape[0]):
                rows.append(ufunc(rows[-1], moved[k]))
            result = np.moveaxis(np.array(rows), 0, axis) if rows else a.copy()
        if out is not None:
            out[...] = result
            return out
        return result


    def _ufunc_outer(ufunc, A, B):
        if ufunc.nin != 2:
            raise ValueError("outer product only supported for binary functions")
        A, B = np.asarray(A), np.asarray(B)
        return ufunc(A.reshape(A.shape + (1,) * B.ndim), B)


    def _ufunc_at(ufunc, a, indices, b=None):
        # Unbuffered: a repeated index takes every one of its updates, in order.
        if ufunc.nin == 2 and b is None:
            raise ValueError("second operand needed for ufunc")
        if ufunc.nin == 1 and b is not None:
            raise ValueError("second operand provided when ufunc is unary")
        keys = indices if isinstance(indices, tuple) else (indices,)
        if any(k is None or k is Ellipsis for k in keys):
            raise NotImplementedError(f"np.{ufunc.__name__}.at with None or ... is not supported yet")
        advanced = [i for i, k in enumerate(keys) if not isinstance(k, slice)]
        if not advanced:
            # Slices alone name each element once.
            a[keys] = ufunc(a[keys]) if b is None else ufunc(a[keys], b)
            return None
        arrays = np.broadcast_arrays(*[np.asarray(keys[i]) for i in advanced])
        shape = arrays[0].shape
        positions = list(zip(*[k.ravel().tolist() for k in arrays]))
        if not positions:
            return None
        # Where the index arrays' dimensions stand in a[indices]: in place of the first when
        # they are side by side, else first (numpy's rule).
        together = advanced == list(range(advanced[0], advanced[-1] + 1))
        before = sum(1 for k in keys[:advanced[0]] if isinstance(k, slice)) if together else 0

        def key_at(p):
            full = list(keys)
            for i, v in zip(advanced, p):
                full[i] = v
            return tuple(full)

        if b is not None:
            target = np.shape(a[indices])
            values = np.broadcast_to(np.asarray(b), target).reshape(
                target[:before] + (len(positions),) + target[before + len(shape):])
        lead = (slice(None),) * before
        for n, p in enumerate(positions):
            k = key_at(p)
            a[k] = ufunc(a[k]) if b is None else ufunc(a[k], values[lead + (n,)])
        return None


    # Reductions given dtype=, out=, initial= or where= (the plain calls are NumKit's own):
    # numpy's definitions on the plain reductions. `params` holds the arguments by name.
    _REDUCTION_UFUNCS = {"sum": "add", "prod": "multiply", "max": "maximum", "min": "minimum",
                         "mean": "add", "std": "add", "var": "add", "argmax": "argmax",
                         "argmin": "argmin", "any": "logical_or", "all": "logical_and"}


    def _shape_text(shape, tight=False):
        # numpy's compact shapes in broadcast messages: `(2,3)`, `(2,)`, and `(2)` remapped.
        inner = ",".join(str(n) for n in shape)
        return "(" + inner + ("," if len(shape) == 1 and not tight else "") + ")"


    def _reduction_mask(a, where):
        w = np.asarray(where, dtype=bool)
        try:
            return np.broadcast_to(w, a.shape)
        except ValueError:
            raise ValueError("operands could not be broadcast together with remapped shapes "
                             f"[original->remapped]: {_shape_text(a.shape)} {_shape_text(w.shape)} ") from None


    def _reduction_output(name, a, axes, keepdims, result, out):
        if not isinstance(out, np.ndarray):
            raise TypeError("return arrays must be of ArrayType")
        expected = a.ndim if keepdims else a.ndim - len(axes)
        operation = _REDUCTION_UFUNCS[name]
        if out.ndim != expected:
            rule = " (must match the operand's when keepdims=True)" if keepdims else ""
            raise ValueError(f"output parameter for reduction operation {operation} has the wrong "
                             f"number of dimensions: Found {out.ndim} but expected {expected}{rule}")
        if out.shape != np.shape(result):
            dims = [str(n) for n in out.shape]
            if not keepdims:
                for axis in sorted(axes):
                    dims.insert(axis, "newaxis")
                while dims and dims[0] == "newaxis":
                    dims.pop(0)
            raise ValueError("operands could not be broadcast together with remapped shapes "
                             f"[original->remapped]: {_shape_text(out.shape)}->({','.join(dims)}) "
                             f"{_shape_text(a.shape)} ")
        out[...] = result
        return out


    def _reduction(name, a, params):
        a = np.asarray(a)
        axis = params.get("axis")
        keepdims = bool(params.get("keepdims", False))
        dtype = params.get("dtype")
        initial = params.get("initial")
        where = params.get("where", True)
        ddof = params.get("ddof", 0)
        if params.get("correction") is not None:
            ddof = params["correction"]
        axes = tuple(range(a.ndim)) if axis is None else (axis,) if isinstance(axis, int) else tuple(axis)
        axes = tuple(x % a.ndim if a.ndim else x for x in axes)
        mask = None if where is True else _reduction_mask(a, where)
        if name in ("mean", "std", "var") and dtype is None and a.dtype.kind in "biu":
            dtype = np.float64
        if dtype is not None:
            a = a.astype(dtype)
        if name in ("argmax", "argmin"):
            result = getattr(np, name)(a, axis=axis, keepdims=keepdims)
        elif name in ("sum", "prod"):
            if mask is not None:
                a = np.where(mask, a, 0 if name == "sum" else 1)
            result = getattr(np, name)(a, axis=axis, keepdims=keepdims)
            if initial is not None:
                result = result + initial if name == "sum" else result * initial
            if dtype is not None:
                # (NumKit sums small ints as int64, as numpy does without dtype=.)
                result = np.asarray(result).astype(dtype)
                result = result[()] if result.ndim == 0 else result
        elif name in ("max", "min"):
            operation = _REDUCTION_UFUNCS[name]
            if mask is not None:
                if initial is None:
                    raise ValueError(f"reduction operation '{operation}' does not have an identity, "
                                     "so to use a where mask one has to specify 'initial'")
                a = np.where(mask, a, initial)
            if initial is not None and a.size == 0:
                result = np.full(np.sum(a, axis=axis, keepdims=keepdims).shape, initial, dtype=a.dtype)
                result = result[()] if result.ndim == 0 else result
            else:
                result = getattr(np, name)(a, axis=axis, keepdims=keepdims)
                if initial is not None:
                    result = getattr(np, operation)(result, initial)
        elif name in ("any", "all"):
            truth = a != 0
            if mask is not None:
                truth = truth & mask if name == "any" else truth | ~mask
            result = getattr(np, name)(truth, axis=axis, keepdims=keepdims)
        else:
            # mean, var, std: sums over the selected elements divided by their count.
            selected = np.ones(a.shape, dtype=bool) if mask is None else mask
            count = np.sum(selected, axis=axis, keepdims=True)
            total = np.sum(np.where(selected, a, 0), axis=axis, keepdims=True)
            mean = (total / count).astype(a.dtype)
            if name == "mean":
                result = mean
            else:
                if params.get("mean") is not None:
                    mean = np.asarray(params["mean"])
                deviation = np.where(selected, a - mean, 0)
                squares = np.sum(deviation * deviation, axis=axis, keepdims=True)
                result = (squares / np.maximum(count - ddof, 0)).astype(a.dtype)
                if name == "std":
                    result = np.sqrt(result)
            if not keepdims:
                result = np.squeeze(result, axis=axes)
            result = result[()] if result.ndim == 0 else result
        if params.get("out") is not None:
            return _reduction_output(name, a, axes, keepdims, result, params["out"])
        return result


    np._reduction = _reduction


    def amax(a, axis=None, out=None, keepdims=False, initial=None, where=True):
        return np.max(a, axis=axis, out=out, keepdims=keepdims, initial=initial, where=where)


    def amin(a, axis=None, out=None, keepdims=False, initial=None, where=True):
        return np.min(a, axis=axis, out=out, keepdims=keepdims, initial=initial, where=where)


    def ptp(a, axis=None, out=None, keepdims=False):
        a = np.asarray(a)
        result = np.subtract(np.max(a, axis=axis, keepdims=keepdims),
                             np.min(a, axis=axis, keepdims=keepdims))
        if out is not None:
            out[...] = result
            return out
        return result


    # The nan-ignoring reductions: numpy's definitions, the plain reduction over the elements
    # that are not NaN (integer arrays have none).
    def _not_nan(a, where):
        a = np.asarray(a)
        if a.dtype.kind not in "fc":
            return a, where
        keep = ~np.isnan(a)
        return a, keep if where is True else keep & np.asarray(where, dtype=bool)


    def nansum(a, axis=None, dtype=None, out=None, keepdims=False, initial=None, where=True):
        a, keep = _not_nan(a, where)
        return np.sum(a, axis=axis, dtype=dtype, out=out, keepdims=keepdims, initial=initial, where=keep)


    def nanprod(a, axis=None, dtype=None, out=None, keepdims=False, initial=None, where=True):
        a, keep = _not_nan(a, where)
        return np.prod(a, axis=axis, dtype=dtype, out=out, keepdims=keepdims, initial=initial, where=keep)


    def _warn_empty(count, message, stacklevel=3):
        # stacklevel: the user's line, counted from here through the numpy function called.
        if np.any(np.asarray(count) <= 0):
            import warnings
            warnings.warn(message, RuntimeWarning, stacklevel=stacklevel)


    def nanmean(a, axis=None, dtype=None, out=None, keepdims=False, *, where=True):
        a, keep = _not_nan(a, where)
        if keep is not True:
            _warn_empty(np.sum(keep, axis=axis), "Mean of empty slice")
        # An empty slice's 0/0 is numpy's NaN without a second warning.
        with np.errstate(invalid="ignore", divide="ignore"):
            return np.mean(a, axis=axis, dtype=dtype, out=out, keepdims=keepdims, where=keep)


    def _nan_spread(name, a, axis, dtype, out, ddof, keepdims, where, mean, correction):
        if correction is not None:
            ddof = correction
        a, keep = _not_nan(a, where)
        counted = np.ones(np.shape(a), dtype=bool) if keep is True else keep
        bad = np.sum(counted, axis=axis, keepdims=keepdims) - ddof <= 0
        _warn_empty(~bad, "Degrees of freedom <= 0 for slice.", stacklevel=4)
        with np.errstate(invalid="ignore", divide="ignore"):
            result = getattr(np, name)(a, axis=axis, dtype=dtype, out=out, ddof=ddof,
                                       keepdims=keepdims, where=keep, mean=mean)
        if not np.any(bad):
            return result
        # numpy's NaN for a slice without degrees of freedom left (np.var gives inf there).
        if out is not None:
            out[...] = np.where(bad, np.nan, out)
            return out
        result = np.where(bad, np.nan, result)
        return result[()] if result.ndim == 0 else result


    def nanvar(a, axis=None, dtype=None, out=None, ddof=0, keepdims=False, *, where=True,
               mean=None, correction=None):
        return _nan_spread("var", a, axis, dtype, out, ddof, keepdims, where, mean, correction)


    def nanstd(a, axis=None, dtype=None, out=None, ddof=0, keepdims=False, *, where=True,
               mean=None, correction=None):
        return _nan_spread("std", a, axis, dtype, out, ddof, keepdims, where, mean, correction)


    def _nan_extreme(name, a, axis, out, keepdims, initial, where):
        a = np.asarray(a)
        if a.dtype.kind not in "fc":
            return getattr(np, name)(a, axis=axis, out=out, keepdims=keepdims, initial=initial, where=where)
        nan = np.isnan(a)
        filled = np.where(nan, -np.inf if name == "max" else np.inf, a)
        result = getattr(np, name)(filled, axis=axis, keepdims=keepdims, initial=initial, where=where)
        all_nan = np.all(nan, axis=axis, keepdims=keepdims) if initial is None else np.zeros((), dtype=bool)
        if np.any(all_nan):
            import warnings
            warnings.warn("All-NaN slice encountered", RuntimeWarning, stacklevel=3)
            result = np.where(all_nan, np.nan, result)
            result = result[()] if result.ndim == 0 else result
        if out is not None:
            out[...] = result
            return out
        return result


    def nanmax(a, axis=None, out=None, keepdims=False, initial=None, where=True):
        return _nan_extreme("max", a, axis, out, keepdims, initial, where)


    def nanmin(a, axis=None, out=None, keepdims=False, initial=None, where=True):
        return _nan_extreme("min", a, axis, out, keepdims, initial, where)


    def _nan_arg_extreme(name, a, axis, keepdims):
        a = np.asarray(a)
        if a.dtype.kind not in "fc":
            return getattr(np, name)(a, axis=axis, keepdims=keepdims)
        nan = np.isnan(a)
        if np.any(np.all(nan, axis=axis)):
            raise ValueError("All-NaN slice encountered")
        filled = np.where(nan, -np.inf if name == "argmax" else np.inf, a)
        return getattr(np, name)(filled, axis=axis, keepdims=keepdims)


    def nanargmax(a, axis=None, out=None, *, keepdims=False):
        return _nan_arg_extreme("argmax", a, axis, keepdims)


    def nanargmin(a, axis=None, out=None, *, keepdims=False):
        return _nan_arg_extreme("argmin", a, axis, keepdims)


    np._ufunc_reduce = _ufunc_reduce
    np._ufunc_accumulate = _ufunc_accumulate
    np._ufunc_outer = _ufunc_outer
    np._ufunc_at = _ufunc_at
    """#
}
