# int / int and float(int) correctly rounded as CPython's, for ints beyond 2**53 (where an
# int is no longer a float: 9007199254740993 / 9007199254740995 rounded twice before) and
# beyond 64 bits (float(2**70 + 2**17 + 1) was truncated), on random operands.
import random
random.seed(5)
print(9007199254740993 / 9007199254740995, float(2**70 + 2**17 + 1), float(2**64 + 2**11 + 1))
print(35556577431294211 / 2**55, -(2**62 + 1) / 3, (2**53 + 1) / 1, 10**30 / 7)
for i in range(300):
    a = random.getrandbits(random.randint(1, 200)) * random.choice([1, -1])
    b = random.getrandbits(random.randint(1, 200)) or 1
    c = random.getrandbits(random.randint(50, 64))
    d = random.getrandbits(random.randint(50, 64)) or 3
    print(float(a), a / b, c / d, float(c), -c / d)
try:
    float(2**1024)
except OverflowError as e:
    print(e)
try:
    2**1100 / 3
except OverflowError as e:
    print(e)
print(2**1100 / 2**1090, 1 / 2**1100)
