# Augmented assignment changes lists, dicts and sets in place (another name for the object
# sees the change) and rebinds ints, strs and tuples; the in-place special methods exist on
# exactly the types that have them.
d = {'a': 1}
e = d
d |= {'b': 2}
d |= [('c', 3)]
print(e, d is e)
xs = [1, 2]
ys = xs
xs *= 2
print(ys, xs is ys)
xs *= 0
print(ys, xs is ys)
zs = [1]
zs *= -3
print(zs)
xs = [1, 2]
ys = xs
xs += (3,)
print(ys, xs is ys)
s = {1}
t = s
s |= {2}
s -= {1}
s &= {2, 3}
s ^= {4}
print(t, s is t)
t1 = (1,)
t2 = t1
t1 += (2,)
t1 *= 2
print(t1, t2)
n = 5
m = n
n += 1
print(n, m)
for v in [[1, 2], (1, 2), {1}, frozenset({1}), {'a': 1}, 1, 1.5, 'ab', range(3)]:
    names = ['__iadd__', '__imul__', '__isub__', '__ior__', '__iand__', '__ixor__', '__ipow__']
    print(type(v).__name__, [n for n in names if hasattr(v, n)])
ys = [1]
r = ys.__iadd__([2, 3])
print(r, ys, r is ys)
s = {1, 2}
s.__ior__({5})
s.__isub__({1})
print(s)
d = {'a': 1}
d.__ior__({'b': 2})
print(d)
ys.__imul__(2)
print(ys)
for bad in [lambda: ys.__iadd__(5), lambda: d.__ior__(5)]:
    try:
        bad()
    except TypeError as err:
        print('TypeError', err)
