/// `statistics`, written in the language itself, computing as CPython 3.11's module does:
/// sums and sums of squared deviations exact (as integer ratios, each float by
/// `as_integer_ratio`), the result rounded once (`stdev` through a correctly rounded square
/// root of the exact ratio); the result type follows the data's (ints give an int when the
/// result is whole). `NormalDist` is not there.
enum StatisticsSource {
  static let text = #"""
    from math import gcd as _gcd, isqrt as _isqrt, fsum as _fsum, exp as _exp, log as _log
    from math import sqrt as _sqrt
    from collections import Counter as _Counter, namedtuple as _namedtuple
    from bisect import bisect_left as _bisect_left, bisect_right as _bisect_right


    class StatisticsError(ValueError):
        pass


    # Exact values are (numerator, denominator) pairs in lowest terms, denominator positive; a
    # sum meeting a NaN or an infinity is that float instead.

    def _reduced(n, d):
        if d < 0:
            n, d = -n, -d
        g = _gcd(n, d)
        return (n // g, d // g) if g > 1 else (n, d)


    def _plus(a, b):
        return _reduced(a[0] * b[1] + b[0] * a[1], a[1] * b[1])


    def _over(a, k):
        if isinstance(a, float):
            return a / k
        return _reduced(a[0], a[1] * k)


    def _ratio(x):
        try:
            return x.as_integer_ratio()
        except (OverflowError, ValueError):
            return (x, None)
        except AttributeError:
            pass
        try:
            return (x.numerator, x.denominator)
        except AttributeError:
            raise TypeError(
                f"can't convert type '{type(x).__name__}' to numerator/denominator") from None


    def _coerce(T, S):
        if T is S:
            return T
        if S is int or S is bool:
            return T
        if T is int:
            return S
        if issubclass(S, T):
            return S
        if issubclass(T, S):
            return T
        if issubclass(T, int):
            return S
        if issubclass(S, int):
            return T
        raise TypeError("don't know how to coerce %s and %s" % (T.__name__, S.__name__))


    def _common_type(types):
        T = int
        for S in types:
            T = _coerce(T, S)
        return T


    def _exact_partials(data, squares=False):
        # The types met, the count, and per denominator the sum of the numerators (and of
        # their squares): each value exactly as a ratio, NaN and infinity under None.
        count = 0
        types = []
        sums = {}
        square_sums = {}
        for x in data:
            t = type(x)
            if t not in types:
                types.append(t)
            n, d = _ratio(x)
            count += 1
            sums[d] = sums.get(d, 0) + n
            if squares:
                square_sums[d] = square_sums.get(d, 0) + n * n
        return types, count, sums, square_sums


    def _total(partials, square=False):
        if None in partials:
            return partials[None]
        total = (0, 1)
        for d, n in partials.items():
            total = _plus(total, (n, d * d if square else d))
        return total


    def _sum(data):
        types, count, sums, _ = _exact_partials(data)
        return _common_type(types), _total(sums), count


    def _ss(data, c=None):
        if c is not None:
            T, ssd, count = _sum((d := x - c) * d for x in data)
            return T, ssd, count
        types, count, sx, sxx = _exact_partials(data, squares=True)
        if not count:
            ssd = (0, 1)
        elif None in sx:
            ssd = sx[None]
        else:
            total = _total(sx)
            squares = _total(sxx, square=True)
            ssd = _reduced(
                count * squares[0] * total[1] * total[1] - total[0] * total[0] * squares[1],
                squares[1] * total[1] * total[1] * count)
        return _common_type(types), ssd, count


    def _convert(value, T):
        if isinstance(value, float):
            return value if T is float else T(value)
        n, d = value
        if issubclass(T, int) and d != 1:
            T = float
        if T is int:
            return n
        if T is float:
            return n / d
        return T(n / d) if d != 1 else T(n)


    def _sqrt_of_ratio(value):
        # Correctly rounded: the root scaled to 109 bits, rounded to odd, then to a float.
        if isinstance(value, float):
            raise AttributeError("'float' object has no attribute 'numerator'")
        n, m = value
        q = (n.bit_length() - m.bit_length() - 109) // 2

        def root_to_odd(n, m):
            a = _isqrt(n // m)
            return a | (a * a * m != n)

        if q >= 0:
            return (root_to_odd(n, m << 2 * q) << q) / 1
        return root_to_odd(n << -2 * q, m) / (1 << -q)


    def mean(data):
        T, total, n = _sum(data)
        if n < 1:
            raise StatisticsError('mean requires at least one data point')
        return _convert(_over(total, n), T)


    def fmean(data, weights=None):
        try:
            n = len(data)
        except TypeError:
            data = list(data)
            n = len(data)
        if weights is None:
            total = _fsum(data)
            if not n:
                raise StatisticsError('fmean requires at least one data point')
            return total / n
        try:
            num_weights = len(weights)
        except TypeError:
            weights = list(weights)
            num_weights = len(weights)
        num = _fsum(x * w for x, w in zip(data, weights))
        if n != num_weights:
            raise StatisticsError('data and weights must be the same length')
        den = _fsum(weights)
        if not den:
            raise StatisticsError('sum of weights must be non-zero')
        return num / den


    def geometric_mean(data):
        try:
            return _exp(fmean([_log(x) for x in data]))
        except ValueError:
            raise StatisticsError('geometric mean requires a non-empty dataset '
                                  'containing positive numbers') from None


    def _no_negatives(values, message):
        for x in values:
            if x < 0:
                raise StatisticsError(message)
            yield x


    def harmonic_mean(data, weights=None):
        if iter(data) is data:
            data = list(data)
        message = 'harmonic mean does not support negative values'
        n = len(data)
        if n < 1:
            raise StatisticsError('harmonic_mean requires at least one data point')
        elif n == 1 and weights is None:
            x = data[0]
            if isinstance(x, (int, float)):
                if x < 0:
                    raise StatisticsError(message)
                return x
            raise TypeError('unsupported type')
        if weights is None:
            weights = [1] * n
            sum_weights = (n, 1)
        else:
            if iter(weights) is weights:
                weights = list(weights)
            if len(weights) != n:
                raise StatisticsError('Number of weights does not match data size')
            _, sum_weights, _ = _sum(w for w in _no_negatives(weights, message))
        try:
            data = _no_negatives(data, message)
            T, total, count = _sum(w / x if w else 0 for w, x in zip(weights, data))
        except ZeroDivisionError:
            return 0
        if isinstance(total, float):
            if total <= 0:
                raise StatisticsError('Weighted sum must be positive')
            return _convert(sum_weights[0] / sum_weights[1] / total, T)
        if total[0] <= 0:
            raise StatisticsError('Weighted sum must be positive')
        return _convert(_reduced(sum_weights[0] * total[1], sum_weights[1] * total[0]), T)


    def _sorted_data(data):
        data = sorted(data)
        if not data:
            raise StatisticsError("no median for empty data")
        return data, len(data)


    def median(data):
        data, n = _sorted_data(data)
        if n % 2 == 1:
            return data[n // 2]
        i = n // 2
        return (data[i - 1] + data[i]) / 2


    def median_low(data):
        data, n = _sorted_data(data)
        return data[n // 2] if n % 2 == 1 else data[n // 2 - 1]


    def median_high(data):
        data, n = _sorted_data(data)
        return data[n // 2]


    def median_grouped(data, interval=1.0):
        data, n = _sorted_data(data)
        x = data[n // 2]
        i = _bisect_left(data, x)
        j = _bisect_right(data, x, lo=i)
        try:
            interval = float(interval)
            x = float(x)
        except ValueError:
            raise TypeError('Value cannot be converted to a float')
        low = x - interval / 2.0
        return low + interval * (n / 2 - i) / (j - i)


    def mode(data):
        pairs = _Counter(iter(data)).most_common(1)
        try:
            return pairs[0][0]
        except IndexError:
            raise StatisticsError('no mode for empty data') from None


    def multimode(data):
        counts = _Counter(iter(data))
        if not counts:
            return []
        most = max(counts.values())
        return [value for value, count in counts.items() if count == most]


    def quantiles(data, *, n=4, method='exclusive'):
        if n < 1:
            raise StatisticsError('n must be at least 1')
        data = sorted(data)
        ld = len(data)
        if ld < 2:
            raise StatisticsError('must have at least two data points')
        result = []
        if method == 'inclusive':
            m = ld - 1
            for i in range(1, n):
                j, delta = divmod(i * m, n)
                result.append((data[j] * (n - delta) + data[j + 1] * delta) / n)
            return result
        if method == 'exclusive':
            m = ld + 1
            for i in range(1, n):
                j = i * m // n
                j = 1 if j < 1 else ld - 1 if j > ld - 1 else j
                delta = i * m - j * n
                result.append((data[j - 1] * (n - delta) + data[j] * delta) / n)
            return result
        raise ValueError(f'Unknown method: {method!r}')


    def variance(data, xbar=None):
        T, ss, n = _ss(data, xbar)
        if n < 2:
            raise StatisticsError('variance requires at least two data points')
        return _convert(_over(ss, n - 1), T)


    def pvariance(data, mu=None):
        T, ss, n = _ss(data, mu)
        if n < 1:
            raise StatisticsError('pvariance requires at least one data point')
        return _convert(_over(ss, n), T)


    def stdev(data, xbar=None):
        T, ss, n = _ss(data, xbar)
        if n < 2:
            raise StatisticsError('stdev requires at least two data points')
        return _sqrt_of_ratio(_over(ss, n - 1))


    def pstdev(data, mu=None):
        T, ss, n = _ss(data, mu)
        if n < 1:
            raise StatisticsError('pstdev requires at least one data point')
        return _sqrt_of_ratio(_over(ss, n))


    def _paired(x, y, what):
        n = len(x)
        if len(y) != n:
            raise StatisticsError(
                f'{what} requires that both inputs have same number of data points')
        if n < 2:
            raise StatisticsError(f'{what} requires at least two data points')
        return n


    def _deviation_sums(x, y, n):
        # The means, and the sums of the products of deviations from them (fsum: exact).
        xbar = _fsum(x) / n
        ybar = _fsum(y) / n
        sxy = _fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
        sxx = _fsum((xi - xbar) * (xi - xbar) for xi in x)
        syy = _fsum((yi - ybar) * (yi - ybar) for yi in y)
        return xbar, ybar, sxy, sxx, syy


    def covariance(x, y, /):
        n = _paired(x, y, 'covariance')
        return _deviation_sums(x, y, n)[2] / (n - 1)


    def correlation(x, y, /):
        n = _paired(x, y, 'correlation')
        _, _, sxy, sxx, syy = _deviation_sums(x, y, n)
        try:
            return sxy / _sqrt(sxx * syy)
        except ZeroDivisionError:
            raise StatisticsError('at least one of the inputs is constant')


    LinearRegression = _namedtuple('LinearRegression', ('slope', 'intercept'))


    def linear_regression(x, y, /, *, proportional=False):
        n = _paired(x, y, 'linear regression')
        if proportional:
            sxy = _fsum(xi * yi for xi, yi in zip(x, y))
            sxx = _fsum(xi * xi for xi in x)
        else:
            xbar, ybar, sxy, sxx, _ = _deviation_sums(x, y, n)
        try:
            slope = sxy / sxx
        except ZeroDivisionError:
            raise StatisticsError('x is constant')
        intercept = 0.0 if proportional else ybar - slope * xbar
        return LinearRegression(slope=slope, intercept=intercept)
    """#
}
