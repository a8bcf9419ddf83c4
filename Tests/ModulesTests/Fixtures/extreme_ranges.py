# numpy and random at the ends of 64-bit ints.
import math
import random
import numpy as np

a = np.arange(5)
print(a[::2**62], a[-2**63:], a[::-2**63])
b = np.arange(12).reshape(3, 4)
print(b[::2**62, ::-2**63], b[:, ::2**61].shape)
a[::2**62] = 9
print(a)
print(np.arange(-2**63, -2**63 + 2), np.arange(2**63 - 3, 2**63 - 1))
random.seed(1)
print(random.randrange(-2**63, 2**63 - 1, 2**62), random.randrange(5, -2**63, -2**61))
for bounds in ((5, 5), (2**63 - 1, -2**63)):
    try:
        random.randrange(*bounds)
    except ValueError as e:
        print(e)
print(math.lcm(2**62, 3), math.lcm(-2**63, 5), math.lcm(), math.lcm(4, 0, 6), math.lcm(-4, 6))
try: math.gcd(1.5)
except TypeError as e: print(e)
print(math.gcd(-2**63, 0), math.gcd(-2**63, 6), math.gcd(), math.gcd(2**70, 2**65))
import datetime
for stamp in (1e12, -1e12, 9e12, 2**62, 1e300):
    try:
        datetime.datetime.fromtimestamp(stamp)
    except (ValueError, OSError, OverflowError) as e:
        print(type(e).__name__, e)
random.seed(3)
print(random.randint(-2**62, 2**62), random.randint(2**63 - 2, 2**63 - 1), random.randint(-2**63, 2**63 - 1))
print(random.randrange(-2**63, 2**63 - 1), random.randrange(-2**63, 2**63 - 1, 3), random.randint(5, 5))
