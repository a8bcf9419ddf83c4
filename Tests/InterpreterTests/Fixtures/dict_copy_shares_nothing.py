# dict(d), d.copy() and an empty dict's update(d) copy the table at once: each is its own
# dict afterwards, whatever is changed, removed or added on either side.
d = {str(i): i * i for i in range(40)}
del d['3'], d['17']
e = dict(d)
f = d.copy()
g = {}
g.update(d)
e['3'] = 'back'
del e['0']
f['x'] = None
d['5'] = -5
d.pop('6')
g.clear()
print(len(d), len(e), len(f), len(g))
print(list(d.items())[:6])
print(list(e.items())[:6], list(e)[-3:])
print(list(f.items())[:6], list(f)[-3:])
print('3' in d, '3' in e, '6' in e, '6' in f, 'x' in d)
h = dict(e, extra=1)
h['4'] += 100
print(h['4'], e['4'], h['extra'], 'extra' in e)
k = {1: [0]}
m = dict(k)
m[1].append(1)
m[2] = []
print(k, m, k[1] is m[1])
n = dict({})
n['a'] = 1
print(n, dict({}))
