# Generated: builtins iteration.
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "done"))
try:
    next(it)
except StopIteration:
    print("StopIteration")
print(list(map(lambda x, y: x * y, [1, 2, 3], [4, 5])), list(filter(None, [0, 1, "", "a", None])))
print(sorted("banana"), sorted([3, 1, 2], reverse=True), list(reversed(range(5))))
print(any(x > 2 for x in [1, 2, 3]), all([]), any([]), min([4, 2, 8], key=lambda v: -v))
print(max([], default="empty"), min("hello"), sum([0.1] * 10), sum([[1], [2]], []))
print(divmod(17, 5), divmod(-17, 5), pow(2, 10), pow(2, -1), pow(3, 4, 5), abs(-3.5))
print(list(range(10, 0, -3)), range(5)[1:3], len(range(0, 100, 7)), 7 in range(0, 100, 7))
