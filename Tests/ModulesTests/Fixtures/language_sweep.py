# A sweep over the language issue's scope: str.format fields, %-formatting widths, dict union, unpacking, union types, numbers' attributes, sys.version_info.
import sys
d = {'b': 2, 'a': 1, 'c': 3}
print(sorted(d, key=d.get), max(['aa', 'b', 'cccc'], key=len), min([], default=None), max(3, 7, 5))
print('{0[1]} {1[a]} {2.real} {0!r:>10}'.format([1, 2], {'a': 5}, 3.5), '%5s|%-5s|%05.1f' % ('x', 'y', 3.14159))
print({'a': 1} | {'b': 2}, dict(x=1, **{'y': 2}), [*range(3), *'ab'], {**d, 'z': 0})
xs = [3, 1, 2]
xs.sort(key=lambda v: -v)
print(xs, list(zip([1, 2], 'ab', strict=True)) if sys.version_info >= (3, 10) else None, list(enumerate('ab', start=1)))
print(isinstance(3, int | float), type(None).__name__, (1).__class__.__name__, int.__name__)
print(f"{'nested':>{10}}", f"{3.14159:.{2}f}", f"{[1, 2]!s:<8}|", f"{'a' 'b'}", r'\n')
print(*[1, 2, 3], sep='-', end='!\n')
print('err', file=sys.stderr)
a, *b, c = range(5)
(x, y), z = (1, 2), 3
print(a, b, c, x, y, z, divmod(-7, 2), round(2.675, 2), round(-0.5), 7 // -2, -7 % 3, 2 ** -1, 10 ** 20 if False else 0)
print(globals().get('a'), callable(print), hash('x') == hash('x'), id(d) == id(d), hex(id(d))[:2])
print(all(x < 5 for x in range(5)), sum(x * x for x in range(4)), list(map(str.upper, 'ab')), ''.join(reversed('abc')))
print([].__class__.__name__, {}.__class__ is dict, 'abc'.__class__, (1.5).real, (3).imag, (7).denominator, True.real)
print('%5s|%-6r|%.2s|%3c' % ('ab', 'x', 'xyz', 'q'), '%05s' % 'x', '%+5s' % 'y')
print(int | str | None, isinstance(None, int | None), issubclass(bool, int | str), isinstance('x', (int, float | str)))
