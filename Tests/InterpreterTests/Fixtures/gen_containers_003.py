# Generated: container operations.
t = (1, 'two', 3.0, [4])
print(t, t[1], t[-1], len(t), t.index('two'), t + (5,), t * 2)
a, *rest = t
print(a, rest)
first, (x, y) = 1, (2, 3)
print(first, x, y)
t[3].append(5)
print(t)
