# fractions.Fraction and the numbers ABCs; math.floor/ceil/trunc of big ints and of classes
# with __floor__/__ceil__/__trunc__; abc.ABC.register.
import math
from fractions import Fraction as F
import numbers, math, copy, pickle
print(F(3, 4), repr(F(6, -8)), F(5), F(1.5), F('3/4'), F(' -1.25e-2 '), F('7'), F('1_000.5'), F(F(2, 3), F(4, 5)))
print(F(0.1), F.from_float(0.1).limit_denominator(10), F(3.141592653589793).limit_denominator(1000))
a, b = F(1, 3), F(2, 5)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), a ** 2, a ** -2, (-a) ** -3, a ** F(1, 2))
print(a + 1, 1 + a, a * 2.0, 2.0 / a, a + 1j, 2 ** F(3), 2 ** F(-1), 2.0 ** F(1, 2), 4 ** F(1, 2))
print(a < b, a == F(2, 6), a == 1/3, F(1, 2) == 0.5, F(1, 2) < 0.6, F(3) == 3, F(1, 2) > float('nan'), F(1,2) < float('inf'))
print(hash(F(1, 2)) == hash(0.5), hash(F(3)) == hash(3), hash(F(1, 3)), hash(F(-7, 11)), hash(F(2**70, 3)))
print(int(F(-7, 2)), math.floor(F(-7, 2)), math.ceil(F(-7, 2)), math.trunc(F(-7, 2)), round(F(5, 2)), round(F(7, 2)), round(F(1234567, 1000), 2), round(F(1234567, 1), -3))
print(float(F(1, 3)), bool(F(0)), abs(F(-2, 3)), -F(1, 2), +F(1, 2), F(1, 2).numerator, F(3, 6).denominator, F(3, 4).as_integer_ratio())
print(isinstance(F(1), numbers.Rational), isinstance(3, numbers.Integral), isinstance(2.5, numbers.Real), isinstance(1j, numbers.Complex), isinstance(2.5, numbers.Rational), issubclass(bool, numbers.Number))
print(sum([F(1, n) for n in range(1, 6)]), sorted([F(1, 2), F(1, 3), 0.4]), max(F(1, 2), F(2, 3)), {F(1, 2): 'half'}[F(2, 4)], {F(3): 3}[3])
print(copy.deepcopy(F(5, 7)), pickle.loads(pickle.dumps(F(5, 7))), f"{F(1, 3)}", str(F(-4, 2)), '%s' % F(1, 2))
for bad in [lambda: F(1, 0), lambda: F('x'), lambda: F('1/2/3'), lambda: F([1]), lambda: F(1, 2) / 0, lambda: F(0) ** -1, lambda: F(float('nan')), lambda: F(float('inf')), lambda: F(1.5, 2), lambda: F(1, 2) // 0]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
class F:
    def __floor__(self): return 7
    def __ceil__(self): return 8
    def __round__(self, n=None): return 9
    def __trunc__(self): return 10
print(math.floor(F()), math.ceil(F()), round(F()), math.trunc(F()), round(F(), 2))
print((2**70+1)/3, 10**400 / 10**399, (-7)//2)
import abc
class A(abc.ABC): pass
A.register(int)
print(isinstance(3, A), issubclass(bool, A))
print(float.as_integer_ratio(0.1), (2.5).is_integer())
print(math.floor(2**70+1), math.ceil(-(2**70)-1), math.trunc(2**65+3))
import numpy as np
print(math.floor(np.float64(2.5)), math.ceil(np.float32(1.2)))
try:
    math.trunc("x")
except TypeError as e:
    print(e)
try:
    math.floor("x")
except TypeError as e:
    print(e)
