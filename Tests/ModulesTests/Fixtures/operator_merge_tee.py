# operator's in-place and remaining functions, heapq.merge, itertools.tee.
import operator, heapq, itertools
xs = [1, 2]
ys = operator.iadd(xs, [3]); print(ys is xs, xs, operator.iadd(1, 2), operator.imul('ab', 2), operator.ipow(2, 10), operator.iconcat([1], [2]))
print(operator.abs(-3), operator.index(5), operator.inv(5), operator.invert(0), operator.lshift(1, 4), operator.rshift(64, 2), operator.is_(None, None), operator.is_not(1, None))
d = {}; operator.setitem(d, 'k', 1); print(d); operator.delitem(d, 'k'); print(d, operator.call(max, 3, 7), operator.countOf([1, 2, 1], 1), operator.indexOf('abc', 'c'), operator.length_hint([1, 2]), operator.length_hint(5, 7))
try: operator.indexOf([1], 5)
except ValueError as e: print(e)
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])), list(heapq.merge([5, 3, 1], [4, 2], reverse=True)), list(heapq.merge(['bb', 'a'], ['ccc'], key=len)), list(heapq.merge()))
print(list(heapq.merge([(1, 'a'), (2, 'b')], [(1, 'c')], key=lambda t: t[0])))
a, b = itertools.tee([1, 2, 3])
print(next(a), list(b), list(a), itertools.tee('ab', 3)[2].__next__(), len(itertools.tee([], 0)))
x, y = itertools.tee(iter(range(5)))
print(list(zip(x, y)))
try: itertools.tee([1], -1)
except ValueError as e: print(e)
