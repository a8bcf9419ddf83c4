# An object whose __hash__ is its text's hash and whose __eq__ compares with a str is
# the same dict key and set element as the str: found, replaced and counted through either.


class Name:
    def __init__(self, text):
        self.text = text
    def __hash__(self):
        return hash(self.text)
    def __eq__(self, other):
        if isinstance(other, Name):
            return self.text == other.text
        return self.text == other
    def __repr__(self):
        return f"Name({self.text!r})"

d = {Name('a'): 0}
print(d['a'], 'a' in d, d.get('a'), d.get('b', -1))
d['a'] = 1
print(d, len(d))
e = {'a': 0}
e[Name('a')] = 5
print(e, e[Name('a')])
print(hash(Name('a')) == hash('a'))
s = {Name('x')}
print('x' in s, Name('x') in {'x'})
counts = {Name('k'): 0}
for w in ['k', 'k', 'j']:
    counts[w] = counts.get(w, 0) + 1
print(counts)
def f():
    d = {Name('q'): 1}
    k = 'q'
    d[k] += 1
    print(d, k in d, d.get(k))
    d[k] = 7
    print(d)
f()
big = {Name(str(i)): i for i in range(100)}
print(sum(big[str(i)] for i in range(100)), len(big))
for i in range(100):
    big[str(i)] = -i
print(len(big), big[Name('5')])
del big['5']
print(len(big), '5' in big)
print(big.pop('7'), len(big))
class Evil:
    def __init__(self, t, d): self.t, self.d = t, d
    def __hash__(self): return hash(self.t)
    def __eq__(self, o):
        self.d.clear()
        return False
dd = {}
dd[Evil('z', dd)] = 1
print(dd.get('z'), dd)
print({1: 2, 'a': 3, Name('b'): 4}['b'])
def members():
    s = {Name('m'), 'n'}
    k = 'm'
    print(k in s, 'n' in s, 'o' in s, len(s | {'m'}))
    s.discard('m')
    print(len(s), k in s)
    d = {Name('m'): 1}
    print(k in d, k not in d, d.get(k, 0))
    d[k] = d.get(k, 0) + 5
    print(d)
members()


# An __eq__ that changes the very dict being looked up: asked outside the table, the lookup
# looks again afterwards (no crash, CPython's answers).
class Meddler:
    def __init__(self, d, answer, refill):
        self.d, self.answer, self.refill = d, answer, refill

    def __hash__(self):
        return hash('a')

    def __eq__(self, other):
        self.d.clear()
        for i in range(self.refill):
            self.d[str(i) + 'x'] = i
        return self.answer


d = {}
d[Meddler(d, False, 100)] = 1
d['a'] = 2
print(len(d), 'a' in d, d['a'])
e = {}
e[Meddler(e, True, 0)] = 1
print(e.get(Meddler(e, True, 0)), len(e))
e[Meddler(e, True, 0)] = 1
e[Meddler(e, True, 0)] = 2
print(len(e), list(e.values()))
f = {}
f[Meddler(f, True, 3)] = 1
print(f.get('a'), sorted(f.values()))


def removals():
    g = {}
    g[Meddler(g, True, 0)] = 1
    try:
        del g[Meddler(g, True, 0)]
    except KeyError:
        print("KeyError")
    g[Meddler(g, True, 0)] = 1
    print(g.pop(Meddler(g, True, 0), 'gone'), len(g))
    g[Meddler(g, True, 0)] = 1
    print(g.setdefault(Meddler(g, True, 0), 5), len(g))
    h = {Name('r'): 1, 's': 2}
    del h['r']
    print(h, h.pop(Name('s')), h)


removals()
