# zip, enumerate, map, filter and reversed are types, as in Python: isinstance works, the
# objects name their class, and the iterators of lists, tuples and ranges name theirs.
print(zip, enumerate, map, filter, reversed)
z = zip([1], [2]); e = enumerate('ab'); m = map(str, [1]); f = filter(None, [0, 1]); r = reversed([1, 2])
print(type(z), type(e), type(m), type(f), type(r), type(reversed((1, 2))), type(reversed(range(3))))
print(isinstance(z, zip), isinstance(e, enumerate), isinstance(m, map), isinstance(f, filter), isinstance(r, reversed))
print(isinstance(reversed('ab'), reversed), issubclass(zip, object), type(z).__name__, z.__class__.__name__)
print(repr(z).startswith('<zip object at 0x'), repr(e).startswith('<enumerate object at 0x'), str(m)[:12])
print(list(enumerate('ab', start=3)), list(enumerate('ab', 5)), list(z), list(z), next(iter(e)))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(filter(lambda v: v % 2, range(7))), list(r))
print(type(iter([])), type(iter(())), type(range(3)), type(iter(range(3))))
print(iter(z) is z, sorted(zip('ba', 'dc')), dict(zip('ab', range(2))), max(enumerate([3, 9, 2]), key=lambda p: p[1]))
for call in [lambda: zip(1), lambda: enumerate(), lambda: map(len), lambda: filter(None), lambda: reversed(5), lambda: reversed([1], [2]), lambda: enumerate([1], begin=2)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
