# Big ints through math, sys and numpy: factorials, combinations, isqrt and gcd of any size;
# sys.version_info and sys.float_info by name; a big int as a float array operand.
import math
import random
import sys
import numpy as np

print(math.factorial(25), math.factorial(30) // math.factorial(28), math.comb(100, 50))
print(math.perm(30, 20), math.isqrt(10**30), math.gcd(2**80, 2**70, 6 * 2**65), math.floor(1e20))
print(sys.version_info >= (3, 6), sys.version_info.major, sys.version_info[:2] > (2, 7))
print(sys.float_info.epsilon, sys.float_info.max, sys.float_info.min, sys.float_info.dig)
print(sys.float_info.epsilon == np.finfo(float).eps)
x = 2**70
print(np.float64(x), np.arange(3.0) * x, np.zeros(2) + x, np.float64(1.5) * x)
for bad in [lambda: np.int64(x), lambda: np.arange(3) * x]:
    try:
        bad()
    except OverflowError as e:
        print("OverflowError:", e)
random.seed(5)
print(random.getrandbits(100), random.getrandbits(64), random.getrandbits(200), random.random())
