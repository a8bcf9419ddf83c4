# complex numbers: literals, complex(), printing, arithmetic with CPython's algorithms, hashing,
# formatting, errors; cmath on the same values; pickling and copying.
import cmath
import copy
import json
import math
import pickle

z = 3+4j
print(z, type(z), abs(z), z.real, z.imag, z.conjugate(), -z, +z, z == 3+4j, z != 1, 2j == 2j, (1+0j) == 1, hash(1+0j) == hash(1), hash(2.5+0j) == hash(2.5))
print(repr(complex(1,2)), repr(1j), repr(-1j), repr(complex(-0.0,1)), repr(complex(0.0,-0.0)), repr(complex(1e16, 1e-7)), repr(complex(1.5, float('inf'))), repr(complex(0, float('nan'))), repr(complex(2, 0)), repr(-(1j)), str(1+2j))
print(z + 1, 1 + z, z - 1.5, 2 - z, z * 2, 2 * z, z * z, z / 2, 1 / z, z / (1 - 2j), z ** 2, z ** 0.5, 2 ** z, z ** z, z ** -1, (1+1j) ** 101, True + 1j)
print((-8) ** 0.5, (-8.0) ** (1/3), (-1) ** 0.5, 0j ** 0, 0j ** 2)
print(complex(), complex(1), complex(1.5, 2), complex('1+2j'), complex(' (1-2J) '), complex('-j'), complex('j'), complex('1e3'), complex('infj'), complex('nan+nanj'), complex('1.5e-3+2.5e2j'), complex(1j, 1j), complex(True), complex('+1.5j'), complex('1_000j'))
print(f'{z}', f'{z:.2f}', f'{z:10}', f'{z:<12}|', f'{1.5+2j:.3}', f'{2j:.1f}', f'{z:e}', f'{z:+.1f}', format(z), f'{-z:^14}|', f'{z:g}')
print(sum([1j, 2, 3.5]), [1j, 2+0j], {1j: 'a'}[1j], {1: 'x'}[1+0j], bool(0j), bool(1j), 1j in [1j], isinstance(1j, complex), complex.__name__)
d = {}; d[2+0j] = 1; d[2] = 2; print(d, hash(1j), hash(2+3j), hash(-1j))
for f in [lambda: 1j < 2j, lambda: 1j // 2, lambda: 1j % 2, lambda: 1 / 0j, lambda: 0j ** -1, lambda: 0j ** 1j, lambda: (1e200+1e200j) ** 2, lambda: complex('x'), lambda: complex('1+2'), lambda: complex('1', 2), lambda: complex([]), lambda: complex(1, 'x'), lambda: int(1j), lambda: float(1j), lambda: round(1j), lambda: abs(complex(1e308, 1e308)), lambda: ~1j, lambda: f'{1j:d}', lambda: f'{1j:05}', lambda: divmod(1j, 2), lambda: 1j.real.is_integer(), lambda: max(1j, 2j)]:
  try: print(f())
  except Exception as e: print(type(e).__name__, e)
for f in [lambda: math.sqrt(1j), lambda: math.floor(1j)]:
  try: print(f())
  except Exception as e: print(type(e).__name__, e)
print(z.__abs__(), 3j.imag, 1.5j, 1e3j, 0j, -0j, 0.0j, 1_0j)

zs = [3+4j, -3+4j, 3-4j, -3-4j, 0.5+0.25j, 1+0j, -1+0j, 1j, -1j, 2, -2.5, 1e-310+1e-310j, 1e300+1e300j, 0.9+0.1j, 1e-5j, 700+0.5j, 1+1e-200j]
names = ['sqrt', 'exp', 'log', 'log10', 'sin', 'cos', 'tan', 'asin', 'acos', 'atan', 'sinh', 'cosh', 'tanh', 'asinh', 'acosh', 'atanh']
for z in zs:
    row = []
    for n in names:
        try: row.append(repr(getattr(cmath, n)(z)))
        except Exception as e: row.append(type(e).__name__ + ': ' + str(e))
    print(repr(z), ' '.join(row))
    print('  ', cmath.phase(z), cmath.polar(z), cmath.isfinite(z), cmath.isclose(z, z * (1 + 1e-12)))
print(cmath.log(8, 2), cmath.log(1j, 10), cmath.rect(2, math.pi / 2), cmath.rect(1, 0), cmath.rect(-1, -0.0), cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nanj)
for f in [lambda: cmath.log(0), lambda: cmath.atanh(1), lambda: cmath.exp(1000), lambda: cmath.sqrt('x'), lambda: cmath.log(2, 1), lambda: cmath.cosh(1000), lambda: cmath.isclose(1, 2, rel_tol=-1), lambda: cmath.polar(1e308+1e308j)]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)

z = 1.5-2j
print(pickle.loads(pickle.dumps(z)), pickle.loads(pickle.dumps([z, z])), copy.deepcopy(z), '%s|%r' % (z, z), '{}'.format(z), str([z]))
try: json.dumps(z)
except TypeError as e: print(e)
try: '%f' % z
except TypeError as e: print(e)
print(type(z) is complex, z.real.hex(), sorted([3j, 1j], key=abs), [x.imag for x in [1j, 2]], round(abs(3+4j)))


print((5).imag, (5).real, (2.5).imag, (2.5).conjugate(), (5).conjugate(), True.imag)
x = 2
x **= 0.5j
print(x, 2 ** 1j, 1j ** 1j, pow(1j, 2), pow(2, 0.5j))
for src in ["1jx", "1j2", "0777j", "00j", "1_j", "1.5e3J", ".5j", "1_0.5j"]:
    try:
        print(src, eval(src))
    except SyntaxError as e:
        print(src, "SyntaxError:", e.msg)

# A complex step in numpy's index tricks is a count of points, both ends included.
import numpy as np

print(np.mgrid[0:1:5j], np.mgrid[0:1:1j], np.mgrid[-2.5:2.5:11j])
print(np.r_[0:1:3j], np.r_[0:1:1j], np.r_[-1:1:7j], np.c_[0:1:3j, 0:2:3j])
x, y = np.mgrid[-1:1:3j, 0:2:2j]
print(x, y)
print(np.ogrid[0:1:3j, 0:2:3j])
print(np.mgrid[0:4:2, 0:1:2j])
