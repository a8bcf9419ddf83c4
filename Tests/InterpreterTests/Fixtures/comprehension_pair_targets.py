# Comprehensions binding a pair of names (`for k, v in d.items()`), set comprehensions, and
# dict comprehensions over sized iterables whose keys repeat: values, order, and the errors
# of unpacking, hashing and a dict that changes size while it is iterated.
d = {str(i): i for i in range(10)}
print({k: v for k, v in d.items()})
print({k: v * 2 for k, v in d.items() if v % 2})
print([k + str(v) for k, v in d.items() if v > 6])
print({v: k for k, v in enumerate('abcde')})
print(sorted({a + b for a, b in zip('abc', 'xyz')}))
print({x % 3 for x in range(10)})
print(sorted({x for x in 'hello' if x != 'l'}))
print({i % 3: i for i in range(1000)})
print(len({i: i for i in range(100000)}), len({i // 7: 0 for i in range(70000)}))
pairs = [(1, 2), [3, 4], (5, 6)]
print({a: b for a, b in pairs})
print({a * b for a, b in pairs})
print({a: b for a, b in ['ab', 'cd']})
print([(b, a) for a, b in zip(range(3), 'xyz')])
print({a: b for a, b in zip(range(3), range(10, 13))}, {a: b for a, b in enumerate('pq', 5)})
g = ((i, i * i) for i in range(4))
print({a: b for a, b in g})
print({k: v for k, v in {}.items()}, {x for x in ()}, [v for k, v in {1: 2}.items()])
for bad in ([(1, 2), (3,)], [(1, 2), 5], ['ab', 'cde'], [(1, 2, 3)]):
    try:
        print({a: b for a, b in bad})
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    print({[a]: b for a, b in pairs})
except TypeError as e:
    print('TypeError', e)
try:
    print({[a] for a in range(3)})
except TypeError as e:
    print('TypeError', e)
grow = {1: 1, 2: 2}
try:
    print({k: grow.setdefault(k + 10, v) for k, v in grow.items()})
except RuntimeError as e:
    print('RuntimeError', e)
x = 10
print({k: x for k, v in d.items() if v < 2}, 'k' in dir(), 'v' in dir())
def inner():
    total = 3
    return {k: v + total for k, v in {'a': 1}.items()}, {t * total for t in range(3)}
print(inner())
def failing():
    return {k: v for k, v in {1: 2}.items() if k / 0}
failing()
