# The dict's own table: insertion order through deletions and re-insertions, equal keys of
# other types (1, 1.0, True) keeping the first key object, popitem, copies, merges, and a
# churn of inserts and deletes that reuses removed slots
d = {}
for i in range(20):
    d[i] = i * i
for i in range(0, 20, 3):
    del d[i]
d[3] = 'back'
d[100] = 'new'
print(list(d.items())[:6], len(d), d[3], 4 in d, 3 in d, 0 in d)
print(d.popitem(), d.popitem(), len(d))
m = {1: 'int'}
m[1.0] = 'float'
m[True] = 'bool'
print(m, {1.0: 'a'} | {1: 'b'}, {**{True: 1}, **{1: 2}}, dict({1.0: 0}, **{}))
u = {1.0: 'x'}
u.update({1: 'y', 2: 'z'})
print(u, u.pop(2), u.pop(5, 'missing'), u.setdefault(7, []), u)
a = {'x': 1, 'y': 2}
b = a.copy()
b['z'] = 3
del b['x']
print(a, b, a == {'y': 2, 'x': 1}, a != b, list(reversed(list(a))))
churn = {}
for step in range(3000):
    churn[step % 97] = step
    if step % 5 == 0:
        churn.pop((step * 7) % 97, None)
print(len(churn), sum(churn), sum(churn.values()), list(churn)[:8])
big = {str(i): i for i in range(50000)}
for i in range(0, 50000, 2):
    del big[str(i)]
print(len(big), big['49999'], '2' in big, list(big)[:3], list(big.values())[-3:])
words = {}
for w in 'the quick brown fox jumps over the lazy dog the end'.split():
    words[w] = words.get(w, 0) + 1
print(words, sorted(words, key=words.get, reverse=True)[:2])
nested = {(1, 2): 'tuple', frozenset({1}): 'set', None: 'none', -0.0: 'zero', 2.5: 'float'}
print(nested[(1, 2)], nested[frozenset({1})], nested[None], nested[0], nested[2.5], len(nested))
try:
    for k in d:
        d[k + 1000] = 0
except RuntimeError as e:
    print(e)
try:
    {}.popitem()
except KeyError as e:
    print(e)
try:
    print(big['0'])
except KeyError as e:
    print('KeyError', e)
