# math of ints beyond float range (CPython logs them from mantissa and exponent) and pow with
# big moduli and negative exponents.
import math
for f in (math.log, math.log2, math.log10, math.log1p, math.sqrt, math.exp, math.sin):
    for x in (2**1000, 2**70, 10**400):
        try: print(f.__name__, f(x))
        except Exception as e: print(f.__name__, type(e).__name__, e)
print(math.log(2**1000, 2), math.log(10**400, 10))
print(math.log(10**400, 2**700), math.log2(3 * 2**2000), math.log10(-(10**400) * -1))
for bad in (-(10**400), 0 * 10**400, -(2**70)):
    try:
        math.log(bad)
    except ValueError as e:
        print("log", bad.bit_length(), e)
from fractions import Fraction
print(math.sqrt(Fraction(1, 4)), math.exp(Fraction(1, 2)), math.floor(2**70 + 0.0))
print(pow(3, -1, 2**64 + 1), pow(-3, -2, 2**64 + 1), pow(3, -1, -(2**64 + 1)), pow(2**70, -1, 7))
print(pow(2**70, -3, 1), pow(5, -1, -1), pow(2**65, 2, 2**64 + 3))
for args in ((2, -1, 2**64), (2**64, -1, 2**64 + 2)):
    try:
        pow(*args)
    except ValueError as e:
        print(e)
import statistics
print(statistics.mean([2**70, 2**70 + 2]), statistics.median([2**70, 1, 3]), statistics.fmean([2**70, 0]))
print((2**70 + 7).bit_count(), (-(2**70)).conjugate(), (2**70).as_integer_ratio(), int.bit_length(-(2**64)))
