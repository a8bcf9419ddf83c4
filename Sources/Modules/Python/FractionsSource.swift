/// `numbers` (the numeric ABCs, with int, float and complex registered) and `fractions`
/// (`Fraction`: exact rationals on the language's big ints, with CPython's constructor forms,
/// arithmetic, mixed-type rules, comparisons, hashing, rounding and `limit_denominator`),
/// written in the language itself.
enum FractionsSource {
  static let numbers = #"""
    from abc import ABCMeta


    class Number(metaclass=ABCMeta):
        __hash__ = None


    class Complex(Number):
        pass


    class Real(Complex):
        pass


    class Rational(Real):
        pass


    class Integral(Rational):
        pass


    Complex.register(complex)
    Real.register(float)
    Integral.register(int)
    """#

  static let fractions = #"""
    import math as _math
    import numbers as _numbers
    import re as _re

    _HASH_MODULUS = 2305843009213693951
    _HASH_INF = 314159

    _FRACTION_TEXT = _re.compile(r"""
        \A\s*
        (?P<sign>[-+]?)
        (?=\d|\.\d)
        (?P<num>\d*|\d+(_\d+)*)
        (?:
            (?:/(?P<denom>\d+(_\d+)*))?
        |
            (?:\.(?P<decimal>\d*|\d+(_\d+)*))?
            (?:E(?P<exp>[-+]?\d+(_\d+)*))?
        )
        \s*\Z
    """, _re.VERBOSE | _re.IGNORECASE)


    def _rational_parts(value):
        if isinstance(value, Fraction):
            return value._numerator, value._denominator
        if isinstance(value, int):
            return int(value), 1
        return None


    class Fraction(_numbers.Rational):
        """A rational number: an exact numerator and a positive denominator in lowest terms."""

        def __new__(cls, numerator=0, denominator=None):
            self = super().__new__(cls)
            if denominator is None:
                if type(numerator) is int or isinstance(numerator, bool):
                    self._numerator = int(numerator)
                    self._denominator = 1
                    return self
                parts = _rational_parts(numerator)
                if parts is not None:
                    self._numerator, self._denominator = parts
                    return self
                if isinstance(numerator, float):
                    self._numerator, self._denominator = numerator.as_integer_ratio()
                    return self
                if isinstance(numerator, str):
                    m = _FRACTION_TEXT.match(numerator)
                    if m is None:
                        raise ValueError('Invalid literal for Fraction: %r' % numerator)
                    numerator = int(m.group('num') or '0')
                    denom = m.group('denom')
                    if denom:
                        denominator = int(denom)
                    else:
                        denominator = 1
                        decimal = m.group('decimal')
                        if decimal:
                            decimal = decimal.replace('_', '')
                            scale = 10 ** len(decimal)
                            numerator = numerator * scale + int(decimal)
                            denominator *= scale
                        exp = m.group('exp')
                        if exp:
                            exp = int(exp)
                            if exp >= 0:
                                numerator *= 10 ** exp
                            else:
                                denominator *= 10 ** -exp
                    if m.group('sign') == '-':
                        numerator = -numerator
                else:
                    raise TypeError("argument should be a string or a Rational instance")
            else:
                n = _rational_parts(numerator)
                d = _rational_parts(denominator)
                if n is None or d is None:
                    raise TypeError("both arguments should be Rational instances")
                numerator = n[0] * d[1]
                denominator = d[0] * n[1]
            if denominator == 0:
                raise ZeroDivisionError('Fraction(%s, 0)' % numerator)
            g = _math.gcd(numerator, denominator)
            if denominator < 0:
                g = -g
            self._numerator = numerator // g
            self._denominator = denominator // g
            return self

        @classmethod
        def _exact(cls, numerator, denominator):
            self = object.__new__(cls)
            self._numerator = numerator
            self._denominator = denominator
            return self

        @classmethod
        def from_float(cls, f):
            if isinstance(f, int):
                return cls(f)
            if not isinstance(f, float):
                raise TypeError("%s.from_float() only takes floats, not %r (%s)" %
                                (cls.__name__, f, type(f).__name__))
            return cls._exact(*f.as_integer_ratio())

        def limit_denominator(self, max_denominator=1000000):
            if max_denominator < 1:
                raise ValueError("max_denominator should be at least 1")
            if self._denominator <= max_denominator:
                return Fraction(self)
            p0, q0, p1, q1 = 0, 1, 1, 0
            n, d = self._numerator, self._denominator
            while True:
                a = n // d
                q2 = q0 + a * q1
                if q2 > max_denominator:
                    break
                p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
                n, d = d, n - a * d
            k = (max_denominator - q0) // q1
            if 2 * d * (q0 + k * q1) <= self._denominator:
                return Fraction._exact(p1, q1)
            return Fraction._exact(p0 + k * p1, q0 + k * q1)

        @property
        def numerator(self):
            return self._numerator

        @property
        def denominator(self):
            return self._denominator

        def as_integer_ratio(self):
            return (self._numerator, self._denominator)

        def __repr__(self):
            return '%s(%s, %s)' % (self.__class__.__name__, self._numerator, self._denominator)

        def __str__(self):
            if self._denominator == 1:
                return str(self._numerator)
            return '%s/%s' % (self._numerator, self._denominator)

        # Arithmetic: exact with ints and Fractions, float with floats, complex with complex.
        def _operate(self, other, exact, inexact, reflected):
            parts = _rational_parts(other)
            if parts is not None:
                a, b = (parts, (self._numerator, self._denominator)) if reflected else \
                    ((self._numerator, self._denominator), parts)
                return exact(a[0], a[1], b[0], b[1])
            if isinstance(other, (float, complex)):
                x = float(self)
                return inexact(other, x) if reflected else inexact(x, other)
            return NotImplemented

        def __add__(self, other):
            return self._operate(other, lambda na, da, nb, db: Fraction(na * db + nb * da, da * db),
                                 lambda x, y: x + y, False)

        def __radd__(self, other):
            return self._operate(other, lambda na, da, nb, db: Fraction(na * db + nb * da, da * db),
                                 lambda x, y: x + y, True)

        def __sub__(self, other):
            return self._operate(other, lambda na, da, nb, db: Fraction(na * db - nb * da, da * db),
                                 lambda x, y: x - y, False)

        def __rsub__(self, other):
            return self._operate(other, lambda na, da, nb, db: Fraction(na * db - nb * da, da * db),
                                 lambda x, y: x - y, True)

        def __mul__(self, other):
            return self._operate(other, lambda na, da, nb, db: Fraction(na * nb, da * db),
                                 lambda x, y: x * y, False)

        def __rmul__(self, other):
            return self._operate(other, lambda na, da, nb, db: Fraction(na * nb, da * db),
                                 lambda x, y: x * y, True)

        def __truediv__(self, other):
            return self._operate(other, _divide, lambda x, y: x / y, False)

        def __rtruediv__(self, other):
            return self._operate(other, _divide, lambda x, y: x / y, True)

        def __floordiv__(self, other):
            return self._operate(other, lambda na, da, nb, db: (na * db) // (da * nb),
                                 lambda x, y: x // y, False)

        def __rfloordiv__(self, other):
            return self._operate(other, lambda na, da, nb, db: (na * db) // (da * nb),
                                 lambda x, y: x // y, True)

        def __mod__(self, other):
            return self._operate(other, lambda na, da, nb, db: Fraction((na * db) % (nb * da), da * db),
                                 lambda x, y: x % y, False)

        def __rmod__(self, other):
            return self._operate(other, lambda na, da, nb, db: Fraction((na * db) % (nb * da), da * db),
                                 lambda x, y: x % y, True)

        def __divmod__(self, other):
            return self._operate(other, _divmod, lambda x, y: divmod(x, y), False)

        def __rdivmod__(self, other):
            return self._operate(other, _divmod, lambda x, y: divmod(x, y), True)

        def __pow__(self, other):
            parts = _rational_parts(other)
            if parts is not None and parts[1] == 1:
                power = parts[0]
                if power >= 0:
                    return Fraction._exact(self._numerator ** power, self._denominator ** power)
                if self._numerator == 0:
                    raise ZeroDivisionError('Fraction(%s, 0)' % (self._denominator ** -power))
                if self._numerator > 0:
                    return Fraction._exact(self._denominator ** -power, self._numerator ** -power)
                return Fraction._exact((-self._denominator) ** -power, (-self._numerator) ** -power)
            if parts is not None:
                return float(self) ** (parts[0] / parts[1])
            if isinstance(other, (float, complex)):
                return float(self) ** other
            return NotImplemented

        def __rpow__(self, other):
            if self._denominator == 1 and self._numerator >= 0:
                return other ** self._numerator
            if isinstance(other, int):
                return Fraction(other) ** self
            if not isinstance(other, (float, complex)):
                return NotImplemented
            if self._denominator == 1:
                return other ** self._numerator
            return other ** float(self)

        def __pos__(self):
            return Fraction._exact(self._numerator, self._denominator)

        def __neg__(self):
            return Fraction._exact(-self._numerator, self._denominator)

        def __abs__(self):
            return Fraction._exact(abs(self._numerator), self._denominator)

        def __int__(self):
            if self._numerator < 0:
                return -(-self._numerator // self._denominator)
            return self._numerator // self._denominator

        __trunc__ = __int__

        def __floor__(self):
            return self._numerator // self._denominator

        def __ceil__(self):
            return -(-self._numerator // self._denominator)

        def __round__(self, ndigits=None):
            if ndigits is None:
                floor, remainder = divmod(self._numerator, self._denominator)
                if remainder * 2 < self._denominator:
                    return floor
                if remainder * 2 > self._denominator:
                    return floor + 1
                return floor if floor % 2 == 0 else floor + 1
            shift = 10 ** abs(ndigits)
            if ndigits > 0:
                return Fraction(round(self * shift), shift)
            return Fraction(round(self / shift) * shift)

        def __float__(self):
            return self._numerator / self._denominator

        def __bool__(self):
            return self._numerator != 0

        def __hash__(self):
            try:
                inverse = pow(self._denominator, -1, _HASH_MODULUS)
            except ValueError:
                result = _HASH_INF
            else:
                result = hash(hash(abs(self._numerator)) * inverse)
            result = result if self._numerator >= 0 else -result
            return -2 if result == -1 else result

        def _compare(self, other, test):
            parts = _rational_parts(other)
            if parts is not None:
                return test(self._numerator * parts[1], self._denominator * parts[0])
            if isinstance(other, float):
                if _math.isnan(other) or _math.isinf(other):
                    return test(0.0, other)
                return self._compare(Fraction.from_float(other), test)
            return NotImplemented

        def __eq__(self, other):
            parts = _rational_parts(other)
            if parts is not None:
                return (self._numerator, self._denominator) == parts
            if isinstance(other, complex):
                return other.imag == 0 and self == other.real
            if isinstance(other, float):
                if _math.isnan(other) or _math.isinf(other):
                    return False
                return self == Fraction.from_float(other)
            return NotImplemented

        def __lt__(self, other):
            return self._compare(other, lambda a, b: a < b)

        def __gt__(self, other):
            return self._compare(other, lambda a, b: a > b)

        def __le__(self, other):
            return self._compare(other, lambda a, b: a <= b)

        def __ge__(self, other):
            return self._compare(other, lambda a, b: a >= b)

        def __reduce__(self):
            return (self.__class__, (self._numerator, self._denominator))

        def __copy__(self):
            return self

        def __deepcopy__(self, memo):
            return self


    def _divide(na, da, nb, db):
        if nb == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % (na * db))
        return Fraction(na * db, da * nb)


    def _divmod(na, da, nb, db):
        quotient, remainder = divmod(na * db, da * nb)
        return quotient, Fraction(remainder, da * db)
    """#
}
