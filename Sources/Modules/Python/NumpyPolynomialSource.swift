/// numpy's classic polynomial API: `poly1d` (calling, arithmetic, `deriv`, `integ`, `roots`,
/// and its two-line printed form with the powers raised), `polyder`, `polyint`, `polyadd`,
/// `polysub`, `polymul`, `polydiv`, `roots` and `poly`, written in the language with numpy's
/// rules. Installed with `NumpyLibrarySource`; checked against numpy by
/// `Tests/ModulesTests/Fixtures/numpy_polynomial.py`.
enum NumpyPolynomialSource {
  static let text = #"""
    def _poly_coefficients(p):
        return p.coeffs if isinstance(p, poly1d) else np.atleast_1d(p)


    def _raise_powers(text, wrap=70):
        # Each "**k" moves up a line, above the end of the term it belongs to; the two lines
        # break before `wrap` columns, as numpy prints a poly1d.
        top, bottom, out = "", "", " "
        position = 0
        while True:
            star = text.find("**", position)
            if star < 0:
                break
            end = star + 2
            while end < len(text) and text[end].isdigit():
                end += 1
            power = text[star + 2:end]
            part = text[position:star]
            position = end
            low = part + " " * (len(power) - 1)
            high = " " * (len(part) - 1) + power
            if len(bottom) + len(low) > wrap or len(top) + len(high) > wrap:
                out += top + "\n" + bottom + "\n "
                top, bottom = high, low
            else:
                top += high
                bottom += low
        return out + top + "\n" + bottom + text[position:]


    class poly1d:
        __hash__ = None

        def __init__(self, c_or_r, r=False, variable=None):
            if isinstance(c_or_r, poly1d):
                self._coeffs = c_or_r._coeffs
                self._variable = c_or_r._variable if variable is None else variable
                return
            if r:
                c_or_r = poly(c_or_r)
            c_or_r = np.atleast_1d(c_or_r)
            if c_or_r.ndim > 1:
                raise ValueError("Polynomial must be 1d only.")
            c_or_r = np.trim_zeros(c_or_r, trim="f")
            if len(c_or_r) == 0:
                c_or_r = np.array([0], dtype=c_or_r.dtype)
            self._coeffs = c_or_r
            self._variable = "x" if variable is None else variable

        @property
        def coeffs(self):
            return self._coeffs

        c = coef = coefficients = coeffs

        @property
        def variable(self):
            return self._variable

        @property
        def order(self):
            return len(self._coeffs) - 1

        o = order

        @property
        def roots(self):
            return roots(self._coeffs)

        r = roots

        def __array__(self, t=None, copy=None):
            return np.asarray(self.coeffs, t) if t else np.asarray(self.coeffs)

        def __repr__(self):
            return f"poly1d({repr(self.coeffs)[6:-1]})"

        def __len__(self):
            return self.order

        def __str__(self):
            var = self.variable
            coeffs = self.coeffs
            first = 0
            while first < len(coeffs) - 1 and coeffs[first] == 0:
                first += 1
            coeffs = coeffs[first:] if np.any(coeffs != 0) else coeffs[:0]
            top = len(coeffs) - 1
            text = "0"
            for k, coeff in enumerate(coeffs):
                shown = f"{coeff:.4g}"
                if shown.endswith(".0000"):
                    shown = shown[:-5]
                power = top - k
                if power == 0:
                    term = shown if shown != "0" else ("0" if k == 0 else "")
                elif shown == "0":
                    term = ""
                elif power == 1:
                    term = f"{shown} {var}"
                else:
                    term = f"{shown} {var}**{power}"
                if k == 0:
                    text = term
                elif term:
                    text = f"{text} - {term[1:]}" if term.startswith("-") else f"{text} + {term}"
            return _raise_powers(text)

        def __call__(self, val):
            return polyval(self.coeffs, val)

        def __neg__(self):
            return poly1d(-self.coeffs)

        def __pos__(self):
            return self

        def __mul__(self, other):
            if np.isscalar(other):
                return poly1d(self.coeffs * other)
            return poly1d(polymul(self.coeffs, poly1d(other).coeffs))

        def __rmul__(self, other):
            if np.isscalar(other):
                return poly1d(other * self.coeffs)
            return poly1d(polymul(self.coeffs, poly1d(other).coeffs))

        def __add__(self, other):
            return poly1d(polyadd(self.coeffs, poly1d(other).coeffs))

        def __radd__(self, other):
            return poly1d(polyadd(self.coeffs, poly1d(other).coeffs))

        def __pow__(self, val):
            if not np.isscalar(val) or int(val) != val or val < 0:
                raise ValueError("Power to non-negative integers only.")
            result = [1]
            for _ in range(val):
                result = polymul(self.coeffs, result)
            return poly1d(result)

        def __sub__(self, other):
            return poly1d(polysub(self.coeffs, poly1d(other).coeffs))

        def __rsub__(self, other):
            return poly1d(polysub(poly1d(other).coeffs, self.coeffs))

        def __truediv__(self, other):
            if np.isscalar(other):
                return poly1d(self.coeffs / other)
            return polydiv(self, poly1d(other))

        def __rtruediv__(self, other):
            if np.isscalar(other):
                return poly1d(other / self.coeffs)
            return polydiv(poly1d(other), self)

        def __eq__(self, other):
            if not isinstance(other, poly1d):
                return NotImplemented
            if self.coeffs.shape != other.coeffs.shape:
                return False
            return (self.coeffs == other.coeffs).all()

        def __ne__(self, other):
            if not isinstance(other, poly1d):
                return NotImplemented
            return not self.__eq__(other)

        def __getitem__(self, val):
            if val > self.order or val < 0:
                return self.coeffs.dtype.type(0)
            return self.coeffs[self.order - val]

        def __setitem__(self, key, val):
            if key < 0:
                raise ValueError("Does not support negative powers.")
            if key > self.order:
                self._coeffs = np.concatenate((np.zeros(key - self.order, self.coeffs.dtype), self.coeffs))
            self._coeffs[self.order - key] = val

        def __iter__(self):
            return iter(self.coeffs)

        def integ(self, m=1, k=0):
            return poly1d(polyint(self.coeffs, m=m, k=k))

        def deriv(self, m=1):
            return poly1d(polyder(self.coeffs, m=m))


    def polyder(p, m=1):
        m = int(m)
        if m < 0:
            raise ValueError("Order of derivative must be positive (see polyint)")
        as_poly = isinstance(p, poly1d)
        p = np.asarray(_poly_coefficients(p))
        n = len(p) - 1
        y = p[:-1] * np.arange(n, 0, -1)
        value = p if m == 0 else polyder(y, m - 1)
        return poly1d(value) if as_poly else value


    def polyint(p, m=1, k=None):
        m = int(m)
        if m < 0:
            raise ValueError("Order of integral must be positive (see polyder)")
        if k is None:
            k = np.zeros(m, float)
        k = np.atleast_1d(k)
        if len(k) == 1 and m > 1:
            k = k[0] * np.ones(m, float)
        if len(k) < m:
            raise ValueError("k must be a scalar or a rank-1 array of length 1 or >m.")
        as_poly = isinstance(p, poly1d)
        p = np.asarray(_poly_coefficients(p))
        if m == 0:
            return poly1d(p) if as_poly else p
        y = np.concatenate((p / np.arange(len(p), 0, -1), [k[0]]))
        value = polyint(y, m - 1, k=k[1:])
        return poly1d(value) if as_poly else value


    def _poly_combine(a1, a2, sign):
        as_poly = isinstance(a1, poly1d) or isinstance(a2, poly1d)
        a1, a2 = _poly_coefficients(a1), _poly_coefficients(a2)
        diff = len(a2) - len(a1)
        if diff > 0:
            a1 = np.concatenate((np.zeros(diff, a1.dtype), a1))
        elif diff < 0:
            a2 = np.concatenate((np.zeros(-diff, a2.dtype), a2))
        value = a1 + a2 if sign > 0 else a1 - a2
        return poly1d(value) if as_poly else value


    def polyadd(a1, a2):
        return _poly_combine(a1, a2, 1)


    def polysub(a1, a2):
        return _poly_combine(a1, a2, -1)


    def polymul(a1, a2):
        as_poly = isinstance(a1, poly1d) or isinstance(a2, poly1d)
        value = np.convolve(poly1d(a1).coeffs, poly1d(a2).coeffs)
        return poly1d(value) if as_poly else value


    def polydiv(u, v):
        as_poly = isinstance(u, poly1d) or isinstance(v, poly1d)
        u = _poly_coefficients(u) + 0.0
        v = _poly_coefficients(v) + 0.0
        w = u[0] + v[0]
        m, n = len(u) - 1, len(v) - 1
        scale = 1.0 / v[0]
        q = np.zeros((max(m - n + 1, 1),), w.dtype)
        r = u.astype(w.dtype)
        for k in range(m - n + 1):
            d = scale * r[k]
            q[k] = d
            r[k:k + n + 1] -= d * v
        while np.allclose(r[0], 0, rtol=1e-14) and r.shape[-1] > 1:
            r = r[1:]
        if as_poly:
            return poly1d(q), poly1d(r)
        return q, r


    def roots(p):
        p = np.atleast_1d(_poly_coefficients(p))
        if p.ndim != 1:
            raise ValueError("Input must be a rank-1 array.")
        nonzero = np.nonzero(np.ravel(p))[0]
        if len(nonzero) == 0:
            return np.array([])
        trailing = len(p) - nonzero[-1] - 1
        p = p[int(nonzero[0]):int(nonzero[-1]) + 1]
        if p.dtype.kind != "f":
            p = p.astype(float)
        n = len(p)
        if n > 1:
            companion = np.diag(np.ones((n - 2,), p.dtype), -1)
            companion[0, :] = -p[1:] / p[0]
            found = np.linalg.eigvals(companion)
        else:
            found = np.array([])
        return np.hstack((found, np.zeros(trailing, found.dtype)))


    def poly(seq_of_zeros):
        zeros = np.atleast_1d(seq_of_zeros)
        shape = zeros.shape
        if len(shape) == 2 and shape[0] == shape[1] and shape[0] != 0:
            zeros = np.linalg.eigvals(zeros)
        elif len(shape) == 1:
            zeros = zeros.astype(np.float64) if zeros.dtype != np.float32 else zeros
        else:
            raise ValueError("input must be 1d or non-empty square 2d array.")
        if len(zeros) == 0:
            return 1.0
        a = np.ones((1,), dtype=zeros.dtype)
        for zero in zeros:
            a = np.convolve(a, np.array([1, -zero], dtype=zeros.dtype), mode="full")
        return a
    """#
}
