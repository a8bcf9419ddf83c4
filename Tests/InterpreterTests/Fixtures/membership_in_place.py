# x in c and x not in c with both operands variables: sets, frozensets, dicts, lists and
# tuples; ints, floats, bools, strs and tuples; unhashable items, non-containers, a dict
# subclass with __contains__, an unbound local, globals.
def check(x, s, d, fs, l, t):
    return (x in s, x not in s, x in d, x not in d, x in fs, x in l, x in t)
s = {1, 2.0, 'a', (1, 2), True}
d = {1: 'x', 'a': 2, 2.5: 3, (1, 2): 4}
fs = frozenset(['a', 3])
l = [1, 'a']
t = ('a',)
for x in [1, 2, 2.0, 'a', 'b', 1.0, True, False, 0, 3, (1, 2), 2.5, 'é', -1]:
    print(repr(x), check(x, s, d, fs, l, t))
def bad(x, s):
    return x in s
for x, c in [([1], {1}), ([1], {1: 2}), (1, 5), ('a', None)]:
    try:
        print(bad(x, c))
    except TypeError as e:
        print('TypeError:', e)
class D(dict):
    def __contains__(self, k):
        return True
print(bad('zz', D()), bad(1, D()))
def unbound(s):
    if x in s:
        pass
    x = 1
try:
    unbound({1})
except UnboundLocalError as e:
    print(e)
g = {'k': 1}
k = 'k'
print(k in g, 'z' in g, k not in g)
