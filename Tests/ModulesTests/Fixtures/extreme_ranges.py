# numpy and random at the ends of 64-bit ints.
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
