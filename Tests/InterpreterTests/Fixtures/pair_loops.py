# `for a, b in ...` over enumerate, zip and dict.items() (pairs handed over without their
# tuples), the same loops over other iterables, `a, b = ...` unpacking, and dicts changed
# while they are iterated.
xs = ['a', 'b', 'c']
ys = [10, 20, 30, 40]
d = {'x': 1, 'y': 2, 'z': 3}


def in_function():
    out = []
    for i, x in enumerate(xs):
        out.append((i, x))
    for i, x in enumerate(xs, 5):
        out.append((i, x))
    for i, x in enumerate(xs, start=-2):
        out.append((i, x))
    for a, b in zip(xs, ys):
        out.append(a * 2 + str(b))
    for k, v in d.items():
        out.append(k + str(v))
    for a, b in [(1, 2), [3, 4], 'ab', {5: 0, 6: 0}]:
        out.append((a, b))
    for a, b in zip(xs, ys):
        if b == 20:
            continue
        if b == 30:
            break
        out.append(a)
    else:
        out.append('no break')
    for a, b in zip([], ys):
        out.append('never')
    else:
        out.append('empty else')
    print(out)
    print(i, x, a, b, k, v)


in_function()

# At module level: the names are globals.
total = 0
for i, x in enumerate(ys):
    total += i * x
for k, v in d.items():
    total += v
for p, q in zip(range(3), range(10, 13)):
    total += p * q
print(total, i, x, k, v, p, q)

# Items that are not pairs: Python's unpacking errors.
for bad in ([(1, 2, 3)], [(1,)], [5], ['abc']):
    try:
        for a, b in bad:
            pass
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

# zip of three, and zip/enumerate items kept as tuples.
print(list(zip(xs, ys, 'pqr')), list(enumerate('hi')), list(zip(xs, ys)), list(d.items()))
e = enumerate(xs)
print(next(e), next(e), type(e).__name__, type(zip(xs, ys)).__name__)
print(type(iter(d)).__name__, type(iter(d.values())).__name__, type(iter(d.items())).__name__)

# Unpacking assignment into names.
def pair(n):
    return n, n + 1
a, b = pair(3)
c, e = [7, 8]
f, g = 'xy'
print(a, b, c, e, f, g)
try:
    a, b = (1, 2, 3)
except ValueError as err:
    print(err)
try:
    a, b = [1]
except ValueError as err:
    print(err)
try:
    a, b = 5
except TypeError as err:
    print(err)
a, b = b, a
print(a, b)

# A dict that changes size while it is iterated.
for body in ('d2["new"] = 1', 'del d2["x"]', 'd2.pop("y")'):
    d2 = {'x': 1, 'y': 2}
    try:
        for k in d2:
            exec(body)
    except RuntimeError as err:
        print('keys:', err)
    d2 = {'x': 1, 'y': 2}
    try:
        for k, v in d2.items():
            exec(body)
    except RuntimeError as err:
        print('items:', err)
    d2 = {'x': 1, 'y': 2}
    try:
        for v in d2.values():
            exec(body)
    except RuntimeError as err:
        print('values:', err)
# Changing a value (not the size) while iterating is allowed.
d3 = {'x': 1, 'y': 2}
for k in d3:
    d3[k] *= 10
for k, v in d3.items():
    d3[k] = v + 1
print(d3)

# Comprehensions over pairs.
print([i * x for i, x in enumerate(ys)], {k: v * 2 for k, v in d.items()},
      [a + str(b) for a, b in zip(xs, ys) if b > 10], sorted({b - a for a, b in zip(ys, ys[1:])}),
      list(x for i, x in enumerate(xs) if i), [(a, b) for a, b in [(1, 2), 'pq']],
      [(i, j, c) for i, s in enumerate(['ab', 'c']) for j, c in enumerate(s)])
try:
    [a for a, b in [(1, 2, 3)]]
except ValueError as err:
    print(err)
