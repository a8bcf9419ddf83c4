# set and frozenset methods and operators, against CPython.
a = {1, 2, 3}
b = {3, 4}
for expr in ["a.union(b)", "a.intersection(b)", "a.difference(b)", "a.symmetric_difference(b)",
             "a.issubset({1, 2, 3, 4})", "a.issuperset({1})", "a.isdisjoint({9})", "a.copy()",
             "a.union([5, 6], (7,))", "sorted(a | b)"]:
    print(expr, "->", eval(expr))
c = set()
c.update([1, 2], {3})
print(c)
c.intersection_update({1, 2, 9})
print(c)
c.difference_update([1])
print(c)
c.symmetric_difference_update({2, 5})
print(c)
p = c.pop()
print(p, c)
c.clear()
print(c, len(c))
try:
    set().pop()
except KeyError as e:
    print("KeyError", e)
f = frozenset([1, 2, 2])
print(f, frozenset(), type(f).__name__, hash(f) == hash(frozenset([2, 1])), {f: 1}[frozenset([1, 2])])
print(f | {3}, {3} | f, f & {2}, f.union([9]), 1 in f, len(f), f == {1, 2}, sorted(f))
print(frozenset("ab") < frozenset("abc"), repr(frozenset({1})))
try:
    f.add(3)
except AttributeError as e:
    print("AttributeError", e)
