# counts[k] = counts.get(k, start) + step: the counting idiom, on plain dicts and on
# everything that must take the statement as written.


def letters(text):
    counts = {}
    for ch in text:
        counts[ch] = counts.get(ch, 0) + 1
    return counts


print(letters("mississippi"))
print(letters(""))


def weighted(pairs):
    totals = {}
    for key, weight in pairs:
        totals[key] = totals.get(key, 0) + weight
    return totals


# int and float steps from a local; the int entry becomes a float when a float is added
print(weighted([("a", 1), ("b", 2.5), ("a", 3), ("a", 0.25), (7, -1), (7, -2)]))

# int keys equal to floats and bools already in the dict keep the first key
d = {1.0: 10, True: 5, 2: 1}
for k in [1, 1, 2, 3]:
    d[k] = d.get(k, 0) + 1
print(d)

# floats: start and step
def averages(xs):
    sums = {}
    for i, x in enumerate(xs):
        k = i % 3
        sums[k] = sums.get(k, 0.5) + -1.5
        sums[k] = sums.get(k, -2) + x
    return sums


print(averages([1, 2.5, 3, 4, 5.5]))

# module-level dict and key (globals)
g = {}
for w in "the cat and the hat and the bat".split():
    g[w] = g.get(w, 0) + 1
print(g)

# a value that is not a number: the statement as written (str + int fails as Python fails)
s = {"x": "text"}
k = "x"
try:
    s[k] = s.get(k, 0) + 1
except TypeError as e:
    print("TypeError:", e)
print(s)

# bools and None in the dict
b = {"t": True, "n": None}
k = "t"
b[k] = b.get(k, 0) + 1
print(b)
k = "n"
try:
    b[k] = b.get(k, 0) + 1
except TypeError as e:
    print("TypeError:", e)


# a dict subclass with its own get, and an object with get and item assignment
class Doubling(dict):
    def get(self, key, default=None):
        return 2 * dict.get(self, key, default)


dd = Doubling()
k = "a"
for _ in range(3):
    dd[k] = dd.get(k, 1) + 1
print(dd)


class Recorder:
    def __init__(self):
        self.log = []

    def get(self, key, default):
        self.log.append(("get", key, default))
        return default

    def __setitem__(self, key, value):
        self.log.append(("set", key, value))


r = Recorder()
k = 3
r[k] = r.get(k, 4) + 5
print(r.log)

# keys that are neither ints nor strs
t = {}
for key in [(1, 2), (1, 2), 2.5, None, 2.5]:
    t[key] = t.get(key, 0) + 1
print(t)

# a key object equal to an int key (its own __hash__ and __eq__)
class Number:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        return hash(self.n)

    def __eq__(self, other):
        return other == self.n

    def __repr__(self):
        return f"Number({self.n})"


n = {}
k = Number(4)
n[k] = n.get(k, 0) + 1
k = 4
n[k] = n.get(k, 0) + 1
print(n)

# int sums beyond 64 bits
big = {"m": 2**63 - 1}
k = "m"
big[k] = big.get(k, 0) + 1
print(big)
big[k] = big.get(k, 0) + -(2**63)
print(big)
fresh = {}
k = "z"
fresh[k] = fresh.get(k, 2**63 - 1) + 1
print(fresh)


# the step a local that is not a number, and unbound names
def steps(step):
    d = {}
    k = "s"
    d[k] = d.get(k, 0) + step
    return d


print(steps(2), steps(0.5), steps(True))
try:
    steps("x")
except TypeError as e:
    print("TypeError:", e)
try:
    steps([1])
except TypeError as e:
    print("TypeError:", e)


def unbound_step():
    d = {}
    k = "s"
    d[k] = d.get(k, 0) + step
    step = 1


try:
    unbound_step()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)


def unbound_key():
    d = {}
    d[k2] = d.get(k2, 0) + 1
    k2 = 1


try:
    unbound_key()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)

# not a dict at all
lst = [5, 6]
i = 0
try:
    lst[i] = lst.get(i, 0) + 1
except AttributeError as e:
    print("AttributeError:", e)

# unhashable key
u = {}
k = [1]
u[k] = u.get(k, 0) + 1
