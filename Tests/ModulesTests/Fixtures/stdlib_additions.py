# random's remaining distributions (CPython's streams), math.gamma/lgamma (CPython's Lanczos
# digits), struct.pack_into, time's other clocks and asctime, the builtins module.
import builtins
import math
import random
import struct
import time

random.seed(12345)
print([random.gammavariate(a, 2.0) for a in (0.3, 1.0, 2.5, 9.0)])
print([random.betavariate(a, b) for a, b in ((0.5, 0.5), (2, 5), (1, 1))])
print(random.lognormvariate(0, 1), random.paretovariate(3), random.weibullvariate(1, 1.5))
print(random.vonmisesvariate(1, 4), random.vonmisesvariate(0, 0), random.vonmisesvariate(-3, 0.5))
print(random.randbytes(7), random.randbytes(0), random.randbytes(4), random.random())
r = random.Random(5)
print(r.gammavariate(2, 1), r.betavariate(alpha=2, beta=3), r.randbytes(3))
print(random.BPF, random.LOG4, random.SG_MAGICCONST, random.NV_MAGICCONST, random.TWOPI, random.RECIP_BPF)
for f in [lambda: random.gammavariate(0, 1), lambda: random.randbytes(-1), lambda: random.betavariate(1),
          lambda: random.gammavariate(), lambda: random.paretovariate(1, 2)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

rng = random.Random(1)
xs = [rng.uniform(-20, 30) for _ in range(300)] + [i / 2 for i in range(-40, 100)]
xs += [0.1, 1e-21, -1e-21, 150.3, -150.3, 171.5, 199.9, -199.9, -250.5, 1e-300]
xs += [float("inf"), float("-inf"), float("nan"), 201.0, 1e308]
for x in xs:
    out = []
    for f in (math.gamma, math.lgamma):
        try:
            out.append(repr(f(x)))
        except Exception as e:
            out.append(type(e).__name__ + ": " + str(e))
    print(repr(x), *out)

b = bytearray(8)
struct.pack_into("<HI", b, 1, 7, 300)
print(b)
for f in [lambda: struct.pack_into("<I", b, 6, 1), lambda: struct.pack_into("<I", b"xxxx", 0, 1),
          lambda: struct.pack_into("<I", b, -2, 1), lambda: struct.pack_into("<I", b, -9, 1),
          lambda: struct.pack_into("<I", b, 0)]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
struct.pack_into("<H", b, -2, 65535)
print(b)
struct.Struct("<H").pack_into(b, 0, 258)
print(b)

print(time.asctime(time.gmtime(0)), "|", time.asctime(time.gmtime(1234567890)))
a, c = time.monotonic(), time.process_time()
print(type(a), type(time.time_ns()), type(time.perf_counter_ns()), type(time.monotonic_ns()))
print(time.monotonic() >= a, time.process_time() >= c, abs(time.time_ns() / 1e9 - time.time()) < 1)
print(type(time.thread_time()), type(time.process_time_ns()), type(time.ctime()))
print(builtins.len([1, 2]), builtins.print is print, builtins.ValueError, builtins.__name__, "abs" in dir(builtins))
