/// `numpy.testing`'s assertions (`assert_allclose`, `assert_array_equal`,
/// `assert_array_almost_equal`, `assert_almost_equal`, `assert_equal`, `assert_array_less`,
/// `assert_`), written in the language with numpy's checks and its failure report: the
/// header, the mismatched elements and where they are, the largest absolute and relative
/// differences, and the two values. Run in a module that sees numpy as `np`; checked
/// against numpy by `Tests/ModulesTests/Fixtures/numpy_testing.py`.
enum NumpyTestingSource {
  static let text = #"""
    def build_err_msg(arrays, err_msg, header="Items are not equal:", verbose=True,
                      names=("ACTUAL", "DESIRED"), precision=8):
        msg = ["\n" + header]
        err_msg = str(err_msg)
        if err_msg:
            if err_msg.find("\n") == -1 and len(err_msg) < 79 - len(header):
                msg = [msg[0] + " " + err_msg]
            else:
                msg.append(err_msg)
        if verbose:
            for i, a in enumerate(arrays):
                if isinstance(a, np.ndarray):
                    r = np.array_repr(a, precision=precision)
                else:
                    r = repr(a)
                if r.count("\n") > 3:
                    r = "\n".join(r.splitlines()[:3]) + "..."
                msg.append(f" {names[i]}: {r}")
        return "\n".join(msg)


    def _same_positions(x, y, found, err_msg, verbose, header, names, precision, what):
        # NaNs (or infinities) must sit at the same places in both.
        x_id, y_id = found(x), found(y)
        if not np.all(x_id == y_id):
            raise AssertionError(build_err_msg([x, y], err_msg + f"\n{what} location mismatch:",
                                               verbose=verbose, header=header, names=names,
                                               precision=precision))
        if np.ndim(x_id) == 0:
            return np.bool_(x_id)
        if np.ndim(y_id) == 0:
            return np.bool_(y_id)
        return y_id


    def assert_array_compare(comparison, x, y, err_msg="", verbose=True, header="", precision=6,
                             equal_nan=True, equal_inf=True, *, strict=False,
                             names=("ACTUAL", "DESIRED")):
        x, y = np.asarray(x), np.asarray(y)
        ox, oy = x, y
        if strict:
            same = x.shape == y.shape and x.dtype == y.dtype
        else:
            same = x.shape == () or y.shape == () or x.shape == y.shape
        if not same:
            reason = (f"\n(shapes {x.shape}, {y.shape} mismatch)" if x.shape != y.shape
                      else f"\n(dtypes {x.dtype}, {y.dtype} mismatch)")
            raise AssertionError(build_err_msg([x, y], err_msg + reason, verbose=verbose,
                                               header=header, names=names, precision=precision))
        flagged = np.bool_(False)
        if equal_nan:
            flagged = _same_positions(x, y, np.isnan, err_msg, verbose, header, names, precision, "nan")
        if equal_inf:
            infs = _same_positions(x, y, lambda v: np.isinf(v) & ~flagged, err_msg, verbose, header,
                                   names, precision, "inf")
            if np.any(infs):
                xi, yi = (x[infs], y[infs]) if x.ndim > 0 and y.ndim > 0 else (x, y)
                if not np.all(xi == yi):
                    raise AssertionError(build_err_msg([xi, yi], err_msg + "\ninf values mismatch:",
                                                       verbose=verbose, header=header, names=names,
                                                       precision=precision))
            flagged = flagged | infs
        if np.ndim(flagged) > 0:
            x, y = x[~flagged], y[~flagged]
            if x.size == 0:
                return
        elif flagged:
            return
        val = np.asarray(comparison(x, y))
        invalids = ~val
        reduced = val.ravel()
        if reduced.all():
            return
        mismatched = int(reduced.size - np.sum(reduced))
        total = flagged.size if np.ndim(flagged) != 0 else reduced.size
        remarks = [f"Mismatched elements: {mismatched} / {total} ({100 * mismatched / total:.3g}%)"]
        if invalids.ndim != 0:
            if np.ndim(flagged) > 0:
                positions = np.argwhere(~flagged)[invalids]
            else:
                positions = np.argwhere(invalids)
            lines = "\n".join(
                f" {p.tolist()}: {ox if ox.ndim == 0 else ox[tuple(p)]} ({names[0]}), "
                f"{oy if oy.ndim == 0 else oy[tuple(p)]} ({names[1]})" for p in positions[:5])
            if len(positions) == 1:
                remarks.append(f"Mismatch at index:\n{lines}")
            elif len(positions) <= 5:
                remarks.append(f"Mismatch at indices:\n{lines}")
            else:
                remarks.append(f"First 5 mismatches are at indices:\n{lines}")
        with np.errstate(all="ignore"):
            # (Flattened: a 0-d comparison's mask then selects as numpy's does.)
            error = np.asarray(np.abs(x - y)).ravel()
            bad = np.asarray(invalids).ravel()
            remarks.append("Max absolute difference among violations: "
                           + np.array2string(np.max(error[bad])))
            wrong = bad & np.asarray(np.broadcast_to(y, np.shape(invalids)) != 0).ravel()
            if not np.any(wrong):
                largest = np.array(np.inf)
            else:
                scale = np.abs(np.broadcast_to(y, np.shape(invalids)).ravel()[wrong])
                largest = np.max(error[wrong] / scale)
            remarks.append("Max relative difference among violations: " + np.array2string(largest))
        message = str(err_msg) + "\n" + "\n".join(remarks)
        raise AssertionError(build_err_msg([ox, oy], message, verbose=verbose, header=header,
                                           names=names, precision=precision))


    def assert_allclose(actual, desired, rtol=1e-07, atol=0, equal_nan=True, err_msg="",
                        verbose=True, *, strict=False):
        def compare(x, y):
            return np.isclose(x, y, rtol=rtol, atol=atol, equal_nan=equal_nan)
        header = f"Not equal to tolerance rtol={rtol:g}, atol={atol:g}"
        assert_array_compare(compare, actual, desired, err_msg=str(err_msg), verbose=verbose,
                             header=header, equal_nan=equal_nan, strict=strict)


    def assert_array_equal(actual, desired, err_msg="", verbose=True, *, strict=False):
        assert_array_compare(lambda x, y: x == y, actual, desired, err_msg=err_msg,
                             verbose=verbose, header="Arrays are not equal", strict=strict)


    def assert_array_less(x, y, err_msg="", verbose=True, *, strict=False):
        assert_array_compare(lambda a, b: a < b, x, y, err_msg=err_msg, verbose=verbose,
                             header="Arrays are not strictly ordered `x < y`", equal_inf=False,
                             strict=strict, names=("x", "y"))


    def assert_array_almost_equal(actual, desired, decimal=6, err_msg="", verbose=True):
        def compare(x, y):
            z = np.abs(x - np.asarray(y, np.result_type(y, 1.0)))
            return z < 1.5 * 10.0 ** (-decimal)
        assert_array_compare(compare, actual, desired, err_msg=err_msg, verbose=verbose,
                             header="Arrays are not almost equal to %d decimals" % decimal,
                             precision=decimal)


    def assert_almost_equal(actual, desired, decimal=7, err_msg="", verbose=True):
        def failure():
            header = "Arrays are not almost equal to %d decimals" % decimal
            return AssertionError(build_err_msg([actual, desired], err_msg, verbose=verbose,
                                                header=header))
        if isinstance(actual, (np.ndarray, tuple, list)) or isinstance(desired, (np.ndarray, tuple, list)):
            return assert_array_almost_equal(actual, desired, decimal, err_msg)
        if not (np.isfinite(desired) and np.isfinite(actual)):
            if np.isnan(desired) or np.isnan(actual):
                if not (np.isnan(desired) and np.isnan(actual)):
                    raise failure()
            elif not desired == actual:
                raise failure()
            return
        if abs(desired - actual) >= np.float64(1.5 * 10.0 ** (-decimal)):
            raise failure()


    def assert_equal(actual, desired, err_msg="", verbose=True, *, strict=False):
        if isinstance(desired, dict):
            if not isinstance(actual, dict):
                raise AssertionError(repr(type(actual)))
            assert_equal(len(actual), len(desired), err_msg, verbose)
            for k in desired:
                if k not in actual:
                    raise AssertionError(repr(k))
                assert_equal(actual[k], desired[k], f"key={k!r}\n{err_msg}", verbose)
            return
        if isinstance(desired, (list, tuple)) and isinstance(actual, (list, tuple)):
            assert_equal(len(actual), len(desired), err_msg, verbose)
            for k in range(len(desired)):
                assert_equal(actual[k], desired[k], f"item={k!r}\n{err_msg}", verbose)
            return
        if isinstance(actual, np.ndarray) or isinstance(desired, np.ndarray):
            return assert_array_equal(actual, desired, err_msg, verbose, strict=strict)
        msg = build_err_msg([actual, desired], err_msg, verbose=verbose)
        if np.isscalar(desired) != np.isscalar(actual):
            raise AssertionError(msg)
        numbers = (int, float, np.generic)
        if isinstance(desired, numbers) and isinstance(actual, numbers):
            if np.isnan(desired) and np.isnan(actual):
                return
            if desired == 0 and actual == 0 and np.signbit(desired) != np.signbit(actual):
                raise AssertionError(msg)
        if not (desired == actual):
            raise AssertionError(msg)


    def assert_(val, msg=""):
        if not val:
            raise AssertionError(msg() if callable(msg) else msg)
    """#
}
