# sum() of lists and tuples of numbers (added in place) and of anything else (by __add__).
print(sum([1, 2, 3]), sum([1.5, 2, 3]), sum([1, 2.5]), sum((9223372036854775807, 1)), sum([0.1] * 10), sum([], 5), sum([True, True]), sum([[1], [2]], []), sum([1, 2], 0.5))
class A:
    def __radd__(self, o): return 'r' + str(o)
print(sum([1, 2, A()]))
