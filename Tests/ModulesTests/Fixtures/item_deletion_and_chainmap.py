# del x[k] through __delitem__ (plain classes, dict and list subclasses, super()), CPython's
# refusal wording, and collections.ChainMap.
class A:
    def __delitem__(self, k):
        print('del', k)
a = A()
del a[3]
del a[1:2]
class B(A):
    pass
del B()['x']
class D(dict):
    pass
d = D(a=1, b=2)
del d['a']
print(d)
class E(dict):
    def __delitem__(self, k):
        print('custom del', k)
        super().__delitem__(k)
e = E(x=1)
del e['x']
print(e)
class L(list):
    def __delitem__(self, i):
        print('ldel', i)
        super().__delitem__(i)
l = L([1, 2, 3])
del l[0]
print(l)
class N:
    pass
try:
    del N()[0]
except TypeError as err:
    print(err)
class G:
    def __getitem__(self, k): return k
try:
    del G()[0]
except (TypeError, AttributeError) as err:
    print(type(err).__name__, err)
import collections
defaults = {'color': 'red', 'user': 'guest'}
given = {'user': 'ada'}
c = collections.ChainMap(given, defaults)
print(c['user'], c['color'], len(c), sorted(c), 'color' in c, c.get('x', 0), c)
c['color'] = 'blue'
print(given, defaults, list(c.items()) == list(dict(c.items()).items()))
child = c.new_child()
child['user'] = 'bob'
print(child['user'], c['user'], child.parents == c, bool(collections.ChainMap()), collections.ChainMap())
try:
    c['missing']
except KeyError as e:
    print('KeyError', e)
try:
    del c['nope']
except KeyError as e:
    print('KeyError', e)
print(dict(c), c.maps[0])
for target in ["abc", (1, 2), 5]:
    try:
        del target[0]
    except TypeError as err:
        print(err)
class N: pass
for c in ['abc', (1,), N(), 5, 2.5, None, range(3), b'ab', {1}, frozenset(), True]:
    for k in [0, 'x', True]:
        try: del c[k]
        except TypeError as e: print(type(c).__name__, repr(k), e)
