# Sets of ints are kept as bare ints until another kind of element arrives: every step
# below must print (and iterate) as CPython's table does, before and after the change.
s = set(range(20))
s.add(True)
s.add(1.0)
s.add(2.5)
print(s)
s.discard(2.5)
s.add((1, 2))
print(s, len(s))
t = {3, 1, 2}
t.add((1, 2))
print(t)
for i in range(100):
    t.discard(i)
print(t)
u = set(range(0, 50, 3))
v = set(range(0, 50, 5))
print(u | v, u & v, u - v, u ^ v)
print(u | {1.5, (0, 1)}, {True, 2} | u, {2.0, False} & u, {-0.0, 6.0} ^ u)
print({1, 2, 3} == {3.0, 2, True}, {1} < {1, 2}, frozenset({1, 2}) | {5})
w = set(range(100))
for i in range(0, 100, 2):
    w.remove(i)
print(w, w.pop(), w.pop(), len(w))
w.add(-1)
w.add(2**40)
print(w)
x = set()
for i in range(1000):
    x.add(i * 7919 % 1013)
for i in range(500):
    x.discard(i * 3)
print(len(x), list(x)[:20])
x.add(0.5)
print(0.5 in x, 5 in x, 3 in x, 5.0 in x, list(x)[-3:])
for i in range(500):
    x.discard(i * 5)
print(len(x), list(x)[:20])
print(hash(frozenset(range(10))) == hash(frozenset(list(range(10)))))
y = {1, 2, 3}
y |= {(4,)}
y -= {1}
y ^= {2, 7}
y &= {3, (4,), 7}
print(y)
print(set([5, 5.0, True, 1]), set([True, 1, 5.0, 5]))
a = {1, 2, 3}
b = a.copy()
b.add(4)
print(a, b)
print(set(range(5)).union([7, 8], (9,)), set(range(10)).intersection(range(5), [1, 2]))
print(set(range(10)).difference([1, 2], {3}), set(range(10)).symmetric_difference([1, 20]))
print({i for i in range(10)} - {j * 1.0 for j in range(5)})
e = set(range(8))
e.clear()
e.add(1.25)
e.add(3)
print(e)
print(set(range(10)).issubset(range(20)), set(range(3)).isdisjoint({4}))
big = set(range(0, 300000, 7))
big -= set(range(0, 300000, 2))
print(len(big), sum(big), list(big)[:8], max(big))
