# max() and min() of lists and tuples (read in place): ints, floats, NaN, signed zeros,
# mixed numbers, big ints against floats, keys, defaults and their errors.
xs = list(range(100))
print(max(xs), min(xs), max((3, 1, 2)), min([2.5, -1.0, 7.25]))
print(max([1, 2.5, 2]), min([3, True, 0.5]), max([False, True]), max(['b', 'a', 'c']))
print(max([float('nan'), 1.0, 2.0]), max([1.0, float('nan'), 2.0]), min([2.0, float('nan')]))
print(max([0.0, -0.0]), max([-0.0, 0.0]), min([0.0, -0.0]), min([-0.0, 0.0]))
print(max([1, 1.0]), max([1.0, 1]), min([2, 2.0]), max([(1, 2), (1, 3)]))
print(max([], default=7), min((), default=None), max([5], default=1), max([3, 9], key=None))
print(max([2, 10, 3], key=lambda v: -v), max([[1], [0, 5]], key=len))
big = [2**62, 2**62 + 1, -2**63]
print(max(big), min(big), max([2**53 + 1, float(2**53)]), max([float(2**53), 2**53 + 1]))
for bad in ([], (), [1, 'a'], ['a', None]):
    try:
        print(max(bad))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    min([])
except ValueError as e:
    print(e)
ys = [3, 1, 2]
print(min(ys), max(ys, default=0))
print(max(range(5)), max(iter([4, 8])), max('hello'), max({3: 1, 9: 2}))
