# d[k] op= v on a plain dict: numbers updated at the entry found once, a right-hand side that
# adds entries (the entry looked up again), a missing key, str values; as CPython does.
d = {'a': 1, 'b': 2.5}
k = 'a'
d[k] += 1; d['b'] += 0.5; d[k] += True
print(d)
class Grow:
    def __radd__(self, other):
        d['new'] = 0
        return other + 100
d[k] += Grow()
print(d)
try:
    d['missing'] += 1
except KeyError as e:
    print('KeyError', e)
n = 5
d['a'] -= n
d['a'] *= 2.0
d['s'] = 'x'
d['s'] += 'y'
print(d)
def f():
    c = {}
    for w in 'the cat the dog the'.split():
        c[w] = c.get(w, 0)
        c[w] += 1
    return c
print(f())
