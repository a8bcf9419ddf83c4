# Pairs made by `(a, b)` and `return a, b` may take over one the program dropped: every pair
# still referenced -- by a name, a list, a dict key, another tuple, a list made from it --
# keeps its items.
def pair(i):
    return i, i * i

kept = [pair(i) for i in range(6)]
keys = {}
for i in range(6):
    keys[(i, -i)] = i
nested = ((1, 2), (3, 4))
made = []
for i in range(6):
    t = (i, str(i))
    made.append(list(t))
    u = (t, i)
    made.append(u)
print(kept)
print(keys, keys[(3, -3)])
print(nested, made)
one = 1
a = (one, 2)
b = (one, 2)
print(a is b, a == b, a is a, hash(a) == hash(b))
s = 0
for i in range(100):
    x, y = pair(i)
    p = (x, y)
    s += p[0] + p[1]
print(s, p, x, y)
z = [(i, i) for i in range(3)]
w = tuple(z)
print(z, w, sorted({(i % 2, 0) for i in range(5)}))
