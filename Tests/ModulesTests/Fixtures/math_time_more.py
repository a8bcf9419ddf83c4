# math.dist/frexp/modf and time.gmtime/localtime/strftime/mktime with struct_time, against CPython.
import math, time
print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 6, 8]), math.frexp(8.0), math.frexp(-0.3), math.frexp(0.0))
print(math.modf(2.5), math.modf(-3.25), math.modf(float("inf")), math.modf(-0.0))
g = time.gmtime(86400 * 365 + 3600 * 5 + 61)
print(g, g.tm_year, g[1], len(g), list(g)[:3], tuple(g)[6:])
print(time.strftime("%Y-%m-%d %H:%M:%S %A %j", g), time.strftime("%a %b %d", time.gmtime(0)))
print(time.gmtime(1700000000.9).tm_sec, time.mktime(time.localtime(1700000000)))
print(type(time.localtime()).__name__, time.strftime("%Y") == time.strftime("%Y", time.localtime()))
