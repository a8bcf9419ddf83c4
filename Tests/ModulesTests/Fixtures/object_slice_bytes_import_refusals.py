# CPython's refusals: attributes on a bare object() (it has no __dict__, nor does an
# instance of a class with __slots__), a non-iterable assigned to a slice or extended slice,
# bytes + a non-bytes value (a class's __radd__ still answers), 'from math import nope'
# (ImportError, not ModuleNotFoundError), and itertools.islice's argument checks.
o = object()
print(type(o), hasattr(o, '__dict__'))
for action in [lambda: setattr(o, 'x', 1), lambda: o.y, lambda: delattr(o, 'x'), lambda: vars(o)]:
    try:
        action()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
try:
    o.z = 3
except AttributeError as e:
    print(e)
class S:
    __slots__ = ('a',)
s = S()
s.a = 1
print(s.a, hasattr(s, '__dict__'))
class A:
    pass
a = A()
a.x = 1
print(vars(a), a.__dict__)
x = [1, 2, 3]
for v in [5, None]:
    for target in ['x[1:2] = v', 'x[::2] = v']:
        try:
            exec(target, {'x': x, 'v': v})
        except TypeError as e:
            print(e)
x[1:2] = (7, 8)
x[::2] = 'ab'
print(x)
for v in ['a', 1, [1], None, b'c']:
    try:
        print(b'a' + v)
    except TypeError as e:
        print(e)
class R:
    def __radd__(self, other):
        return 'radd'
print(b'a' + R())
try:
    'b' + b'a'
except TypeError as e:
    print(e)
try:
    from math import nope
except ImportError as e:
    print(type(e).__name__, str(e).split(' (')[0])  # (the module's file differs)
from os import path
print(path.basename('/a/b'))
import itertools
for args in [(-1,), (1, -1), (-1, 2), (0, 5, 0), (0, 5, -1), (None, None, None), ('a',), (1.5,),
             (-1, -1), (2, 1, 0)]:
    try:
        print(args, list(itertools.islice(range(10), *args)))
    except ValueError as e:
        print(args, e)
